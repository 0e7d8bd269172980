using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;

namespace MotCua.Common.Web;

/// <summary>What an error page says: a heading naming what happened, the message, a hint, and where signing in again returns to.</summary>
internal sealed record ErrorText(int? Code, string Title, string Message, string? Hint, string? ReturnUrl)
{
    /// <param name="signedIn">False for a visitor: a 403's hint then asks to sign in instead of naming the account in use.</param>
    public static ErrorText For(int? code, IStringLocalizer<SharedText> text, string? returnUrl, string? message = null, bool signedIn = true) => code switch
    {
        404 => new(code, text["Error_404_Title"], message ?? text["Error_404"], text["Error_404_Hint"], returnUrl),
        403 => new(code, text["Error_403_Title"], message ?? text["Error_403"], signedIn ? text["Error_403_Hint"] : text["Error_403_SignedOutHint"], returnUrl),
        400 => new(code, text["Error_Title"], message ?? text["Error_400"], null, returnUrl),
        413 => new(code, text["Error_Title"], message ?? text["Error_413"], null, returnUrl),
        _ => new(code, text["Error_Title"], message ?? text["Error_500"], null, returnUrl),
    };
}
