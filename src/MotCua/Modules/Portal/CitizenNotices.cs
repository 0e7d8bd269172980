using MotCua.Common.Data;
using MotCua.Modules.Portal.Data;

namespace MotCua.Modules.Portal;

/// <summary>
/// The portal's API for other modules that tell a citizen something in the in-app list (thông báo) that is not about a
/// dossier, e.g. the answer to their feedback (ADR-046). The notice opens <c>link</c>, a page of the calling module.
/// </summary>
internal sealed class CitizenNotices(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Stages a notice for the account <paramref name="userId"/> in the caller's unit of work (nothing is saved here);
    /// a text longer than the list keeps is cut.
    /// </summary>
    /// <param name="kind">What happened, by name (at most 50 characters), as the dossier notices name theirs.</param>
    /// <param name="link">A path on this site, starting with one "/" (at most 200 characters).</param>
    public void Add(Guid userId, string kind, string text, string link)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kind.Length, CitizenNotification.KindMaxLength, nameof(kind));
        ArgumentNullException.ThrowIfNull(text);
        if (!IsLocalPath(link))
        {
            throw new ArgumentException($"A notice links to a path on this site of at most {CitizenNotification.LinkMaxLength} characters starting with \"/\": '{link}'.", nameof(link));
        }

        db.AddNew(new CitizenNotification
        {
            Id = Guid.CreateVersion7(), UserId = userId, Kind = kind, Link = link, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Text = text.Length <= CitizenNotification.TextMaxLength ? text : text[..CitizenNotification.TextMaxLength],
        });
    }

    // "//host" and "/\host" are read by browsers as another site.
    private static bool IsLocalPath(string? link) =>
        link is { Length: > 0 and <= CitizenNotification.LinkMaxLength } && link[0] == '/' && (link.Length == 1 || link[1] is not ('/' or '\\'))
        && !link.Any(char.IsControl);
}
