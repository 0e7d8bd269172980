using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback.Data;

namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>Feedback's side of Catalog's port: the published answers and the open review proposals about a procedure (ADR-046 §6).</summary>
internal sealed class ProcedurePetitions(AppDbContext db) : IProcedurePetitions
{
    public Task<int> PublishedAnswerCountAsync(string procedureCode, CancellationToken cancellationToken) =>
        db.Petitions.Where(Petition.IsPublic).CountAsync(p => p.ProcedureCode == procedureCode, cancellationToken);

    public async Task<IReadOnlyList<ProcedureReviewProposal>> OpenProposalsAsync(string procedureCode, CancellationToken cancellationToken)
    {
        var rows = await db.ReviewProposals.AsNoTracking()
            .Where(r => r.ProcedureCode == procedureCode && r.State == ReviewProposalState.Open)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.PetitionCode, r.CreatedAt, r.Proposal })
            .ToListAsync(cancellationToken);
        var link = "/feedback/proposals?ma=" + Uri.EscapeDataString(procedureCode);
        return rows.Select(r => new ProcedureReviewProposal(r.PetitionCode, r.CreatedAt, r.Proposal, link + "#p-" + r.Id.ToString("N"))).ToList();
    }
}
