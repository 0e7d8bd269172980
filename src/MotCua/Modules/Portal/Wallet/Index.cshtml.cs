using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Modules.Portal.Data;
using MotCua.Modules.Organization.Data;

namespace MotCua.Modules.Portal.Wallet;

/// <summary>Kho dữ liệu điện tử: the citizen's (and their organisations') accepted components and results, newest first.</summary>
internal sealed class IndexModel(WalletFiling wallet, UserManager<AppUser> users) : PageModel
{
    public IReadOnlyList<WalletDocument> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(users.GetUserId(User)!);
        await wallet.FileAsync(userId, cancellationToken);
        Documents = await wallet.Visible(userId).AsNoTracking().OrderByDescending(w => w.AddedAt).ThenBy(w => w.Title).Take(500).ToListAsync(cancellationToken);
    }
}
