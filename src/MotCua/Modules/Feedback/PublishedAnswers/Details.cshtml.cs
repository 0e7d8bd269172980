using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>One published answer (NĐ 20/2008 Điều 19), and the procedure version that amended the procedure when its proposal was closed so.</summary>
[AllowAnonymous]
internal sealed class DetailsModel(PublishedAnswerReader answers) : PageModel
{
    public PublishedAnswer Answer { get; private set; } = null!;

    public AmendingVersion? Amended { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!PetitionCode.TryParse(code, out var parsed) || await answers.FindAsync(parsed, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Answer, Amended) = found;
        return Page();
    }
}
