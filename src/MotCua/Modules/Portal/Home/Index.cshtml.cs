using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Modules.Portal.Home;

[AllowAnonymous]
internal sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
