using System.Security.Claims;

namespace MotCua.Common.Web;

/// <summary>A link of the main menu, placed by <paramref name="Order"/> among every module's links.</summary>
/// <param name="Count">A number shown beside the text (e.g. dossiers waiting), with its spoken label; null for none.</param>
internal sealed record MenuLink(int Order, string Href, string Text, MenuCount? Count = null);

internal sealed record MenuCount(int Value, string Label);

/// <summary>
/// A module's links in the main menu (ADR-037): the layout asks every contributor for the signed-in user's links, so it
/// names no module and a new module adds its pages by registering one (<see cref="MenuRegistration.AddMenu{T}"/>).
/// </summary>
internal interface IMenuContributor
{
    /// <summary>The links this user may follow (none for a user the module has nothing for).</summary>
    Task<IReadOnlyList<MenuLink>> LinksAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

/// <summary>A notice shown above every page to the users concerned, until its cause is dealt with.</summary>
internal sealed record PageBanner(string Title, string Text, string Href, string LinkText);

/// <summary>A module's banner above every page (e.g. the audit-trail alert for system administrators).</summary>
internal interface IPageBannerSource
{
    /// <summary>The banner to show this user now, or null.</summary>
    Task<PageBanner?> BannerAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}

internal static class MenuRegistration
{
    public static IServiceCollection AddMenu<T>(this IServiceCollection services)
        where T : class, IMenuContributor => services.AddScoped<IMenuContributor, T>();

    public static IServiceCollection AddPageBanner<T>(this IServiceCollection services)
        where T : class, IPageBannerSource => services.AddScoped<IPageBannerSource, T>();

    /// <summary>Every contributor's links for <paramref name="user"/>, in menu order.</summary>
    public static async Task<List<MenuLink>> LinksAsync(IEnumerable<IMenuContributor> contributors, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var links = new List<MenuLink>();
        foreach (var contributor in contributors)
        {
            links.AddRange(await contributor.LinksAsync(user, cancellationToken));
        }

        return [.. links.OrderBy(l => l.Order)];
    }
}
