using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Common.Hosting;
using MotCua.Modules.Feedback.Flow;

namespace MotCua.Modules.Feedback.SendPetition;

/// <summary>
/// Phiếu tiếp nhận PAKN (ADR-046 §2): the code, category, receiving agency, processing deadline, the check digits and the
/// tracking link, printable. It is shown to the browser that sent the PAKN only (kept for reloads in its TempData); anyone
/// else is sent to the tracking page.
/// </summary>
[AllowAnonymous]
internal sealed class ReceiptModel(IOptions<HostingOptions> hosting) : PageModel
{
    public PetitionReceipt Receipt { get; private set; } = null!;

    public string TrackingLink => hosting.Value.PublicBaseUrl.TrimEnd('/') + TrackingPath;

    public string TrackingPath => SenderMessages.TrackingPath + "?ma=" + Uri.EscapeDataString(Receipt.Code);

    public IActionResult OnGet()
    {
        if (TempData.Peek(IndexModel.ReceiptKey) is not string json || JsonSerializer.Deserialize<PetitionReceipt>(json) is not { } receipt)
        {
            return Redirect(SenderMessages.TrackingPath);
        }

        Receipt = receipt;
        return Page();
    }
}
