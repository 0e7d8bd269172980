using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

/// <summary>Everything a citizen needs to know about one procedure in force, printable; for an abolished one, only the decision that abolished it.</summary>
[AllowAnonymous]
internal sealed class DetailsModel(AppDbContext db, TimeProvider clock, IProcedurePetitions petitions) : PageModel
{
    /// <summary>The version in force, or the one not yet in force (<see cref="ProcedureDetails.Upcoming"/>); null when <see cref="Abolished"/> is set.</summary>
    public ProcedureDetails? Procedure { get; private set; }

    public AbolishedProcedure? Abolished { get; private set; }

    /// <summary>True when <see cref="Procedure"/> is not in force yet: its page names the effective date and offers no application.</summary>
    public bool Upcoming { get; private set; }

    /// <summary>How many PAKN about the procedure have a published answer (ADR-046 §6).</summary>
    public int AnsweredPetitions { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length > Data.Procedure.CodeMaxLength)
        {
            return NotFound();
        }

        code = code.Trim();
        var today = VietnamTime.Today(clock);
        Procedure = await ProcedureDetails.LoadAsync(db, code, today, cancellationToken);
        if (Procedure is null)
        {
            Procedure = await ProcedureDetails.LoadUpcomingAsync(db, code, today, cancellationToken);
            Upcoming = Procedure is not null;
        }

        if (Procedure is null)
        {
            // Citizens arrive from old links and printed lists: they learn the procedure is gone and by which decision.
            Abolished = await AbolishedProcedure.LoadAsync(db, code, today, cancellationToken);
        }

        if (Procedure is not null)
        {
            AnsweredPetitions = await petitions.PublishedAnswerCountAsync(Procedure.Code, cancellationToken);
        }

        return Procedure is null && Abolished is null ? NotFound() : Page();
    }
}
