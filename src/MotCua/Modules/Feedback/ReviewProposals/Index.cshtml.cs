using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Errors;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.PublishedAnswers;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.ReviewProposals;

/// <summary>A review proposal as the list shows it, with its PAKN's answer and, while open, the versions that may close it.</summary>
internal sealed record ProposalRow(
    Guid Id,
    Guid Revision,
    string PetitionCode,
    string ProcedureCode,
    string ProcedureName,
    string Proposal,
    string? Answer,
    DateTime CreatedAt,
    ReviewProposalState State,
    string? ClosedBy,
    DateTime? ClosedAt,
    string? DeclineReason,
    PublishedVersion? ClosingVersion,
    IReadOnlyList<PublishedVersion> Versions);

/// <summary>
/// The control officers' list of proposals to review a procedure (ADR-046 §6): open or closed, per procedure; an open one is
/// closed against a catalogue version published after it, or declined with a reason.
/// </summary>
[Authorize(Policy = Policies.ManageCatalog)]
internal sealed class IndexModel(AppDbContext db, PublishedProcedures procedures, TimeProvider clock, IStringLocalizer<FeedbackPublicText> text) : PageModel
{
    private const int MaxShown = 200;

    /// <summary>open (default), closed or all.</summary>
    [FromQuery(Name = "trang-thai")]
    public string? State { get; set; }

    [FromQuery(Name = "ma")]
    public string? Procedure { get; set; }

    public IReadOnlyList<ProposalRow> Proposals { get; private set; } = [];

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string StateFilter => State is "closed" or "all" ? State : "open";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, Guid revision, Guid? versionId, CancellationToken cancellationToken) =>
        DecideAsync(id, revision, async (proposal, now, by) =>
        {
            if (versionId is not { } chosen || (await procedures.VersionsAsync(proposal.ProcedureCode, cancellationToken)).FirstOrDefault(v => v.VersionId == chosen) is not { } version)
            {
                throw BusinessRuleException.Of<FeedbackPublicText>("VersionRequired");
            }

            ProposalRules.ClosingVersionPostdatesProposal(proposal, version);
            proposal.CloseByVersion(version.VersionId, now, by);
        }, "Proposals_Closed", cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, Guid revision, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(id, revision, (proposal, now, by) =>
        {
            var trimmed = reason?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ReviewProposal.MaxTextLength)
            {
                throw BusinessRuleException.Of<FeedbackPublicText>("DeclineNeedsReason", ReviewProposal.MaxTextLength);
            }

            proposal.Decline(trimmed, now, by);
            return Task.CompletedTask;
        }, "Proposals_Declined", cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, Guid revision, Func<ReviewProposal, DateTime, string, Task> decide, string doneKey, CancellationToken cancellationToken)
    {
        var proposal = await db.ReviewProposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        try
        {
            if (proposal.Revision != revision)
            {
                throw new DbUpdateConcurrencyException();
            }

            await decide(proposal, clock.GetUtcNow().UtcDateTime, Actor.From(HttpContext).Name);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (BusinessRuleException broken)
        {
            Problem = broken.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            Problem = text["Proposals_Stale"];
        }

        if (Problem is not null)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = text[doneKey, proposal.PetitionCode];
        return LocalRedirect(ListUrl());
    }

    /// <summary>This list with its filters, or the address of one of its handlers.</summary>
    public string ListUrl(string? handler = null)
    {
        var values = new Dictionary<string, string?> { ["trang-thai"] = State, ["ma"] = Procedure, ["handler"] = handler };
        return "/feedback/proposals" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var proposals = db.ReviewProposals.AsNoTracking();
        proposals = StateFilter switch
        {
            "open" => proposals.Where(p => p.State == ReviewProposalState.Open),
            "closed" => proposals.Where(p => p.State != ReviewProposalState.Open),
            _ => proposals,
        };
        if (!string.IsNullOrWhiteSpace(Procedure))
        {
            var code = Procedure.Trim();
            proposals = proposals.Where(p => p.ProcedureCode == code);
        }

        var rows = await proposals.Join(db.Petitions, p => p.PetitionId, q => q.Id, (p, q) => new { Proposal = p, q.Answer })
            .OrderBy(r => r.Proposal.ProcedureCode).ThenBy(r => r.Proposal.CreatedAt).Take(MaxShown)
            .ToListAsync(cancellationToken);
        var versions = new Dictionary<string, IReadOnlyList<PublishedVersion>>(StringComparer.Ordinal);
        foreach (var code in rows.Select(r => r.Proposal.ProcedureCode).Distinct())
        {
            versions[code] = await procedures.VersionsAsync(code, cancellationToken);
        }

        Proposals = rows.Select(r =>
        {
            var p = r.Proposal;
            var all = versions[p.ProcedureCode];
            return new ProposalRow(p.Id, p.Revision, p.PetitionCode, p.ProcedureCode, p.ProcedureName, p.Proposal, r.Answer, p.CreatedAt, p.State,
                p.ClosedByName, p.ClosedAt, p.DeclineReason, all.FirstOrDefault(v => v.VersionId == p.ClosedByVersionId),
                all.Where(v => v.PublishedAt > p.CreatedAt).OrderByDescending(v => v.Number).ToList());
        }).ToList();
    }
}
