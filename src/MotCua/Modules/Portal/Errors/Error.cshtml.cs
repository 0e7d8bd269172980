using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Localization;
using MotCua.Common.Web;

namespace MotCua.Modules.Portal.Errors;

/// <summary>The page shown for 404/403/500 and other status codes on page requests.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IStringLocalizer<SharedText> text) : PageModel
{
    public ErrorText Error { get; private set; } = null!;

    public void OnGet(int? code) => Error = Describe(code);

    public void OnPost(int? code) => Error = Describe(code);

    // A refused input names its reason; the code is not bound then (the refused form cannot be read a second time).
    private ErrorText Describe(int? code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var returnUrl = original is null ? null : original.OriginalPath + original.OriginalQueryString;
        return ErrorText.For(code, text, returnUrl, HttpContext.Items[NulCharacterGuard.RefusalKey] as string, User.Identity?.IsAuthenticated == true);
    }
}
