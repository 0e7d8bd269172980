using Microsoft.Extensions.Options;
using MotCua.Common.Web;

namespace MotCua.Modules.Organization.Account;

/// <summary>
/// The limit on sign-in, registration, verification and password-reset forms sent from one client address
/// (<see cref="AccountOptions.FormPostsPer10Minutes"/>), on top of the per-account lockout after 5 wrong passwords.
/// </summary>
internal static class SignInLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInLimit(this IServiceCollection services) =>
        services.AddPerClientLimit(Policy, sp => sp.GetRequiredService<IOptions<AccountOptions>>().Value.FormPostsPer10Minutes, postsOnly: true);
}
