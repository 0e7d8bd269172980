using Microsoft.AspNetCore.Authorization;
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
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Message = Describe(code);

    public void OnPost(int? code) => Message = Describe(code);

    // A refused input names its reason; the code is not bound then (the refused form cannot be read a second time).
    private string Describe(int? code) => HttpContext.Items[NulCharacterGuard.RefusalKey] as string ?? DescribeStatus(code);

    private string DescribeStatus(int? code) => code switch
    {
        404 => text["Error_404"],
        403 => text["Error_403"],
        400 => text["Error_400"],
        413 => text["Error_413"],
        _ => text["Error_500"],
    };
}
