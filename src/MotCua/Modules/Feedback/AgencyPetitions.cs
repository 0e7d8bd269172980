using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback;

/// <summary>A PAKN as its agency's own system reads it, the sender's contact included, with the actions the system may take now.</summary>
internal sealed record AgencyPetition(
    string Code, PetitionCategory Category, PetitionStatus Status, PetitionChannel Channel, string AgencyCode, string AgencyName,
    DateTime ReceivedAt, DateTime UpdatedAt, DateTime? DueAt, SenderKind SenderKind, string SenderName, string? SenderTaxCode, string? Phone,
    string? Email, string? Address, string Content, bool ConsentToPublish, string? ProcedureCode, string? ProcedureName, string? LegalDocument,
    string? LegalArticle, string? DossierCode, string? Location, double? Latitude, double? Longitude, string? AssigneeName,
    string? ClarificationRequest, PetitionGrounds? Grounds, PetitionOutcome? Outcome, string? Answer, string? PublicSummary, DateTime? AnsweredAt,
    DateTime? PublishedAt, RefusalReason? RefusalReason, string? ClosingNote, bool? Satisfied, DateTime? ReopenedAt, IReadOnlyList<PetitionAction> AllowedActions);

/// <summary>One line of an agency's list.</summary>
internal sealed record AgencyPetitionItem(
    string Code, PetitionCategory Category, PetitionStatus Status, PetitionChannel Channel, DateTime ReceivedAt, DateTime? DueAt, string SenderName, string? ProcedureCode);

internal sealed record AgencyPetitionPage(IReadOnlyList<AgencyPetitionItem> Items, int Total, int Page, int PageSize);

/// <summary>
/// Feedback's read API for an agency's own integrated system (ADR-046 §8): the PAKN it holds or received first, personal data
/// included, and acting on them as the agency's system (<see cref="PetitionActor.System"/>).
/// </summary>
internal sealed class AgencyPetitions(AppDbContext db, PetitionWork work, TimeProvider clock)
{
    /// <summary>The action through <see cref="PetitionWork"/>, with the rights of the agency's control office and leader.</summary>
    public Task<PetitionActResult> ActAsync(Guid petitionId, PetitionCommand command, Actor actor, Guid agencyId, CancellationToken cancellationToken) =>
        work.ActAsync(petitionId, command, PetitionActor.System(actor, agencyId), cancellationToken);

    /// <summary>The id of the PAKN with this code that <paramref name="agencyId"/> holds or received first; null otherwise.</summary>
    public async Task<Guid?> FindAsync(string? code, Guid agencyId, CancellationToken cancellationToken)
    {
        if (!PetitionCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var text = parsed.ToString();
        var ids = await db.Petitions.AsNoTracking().Where(p => p.Code == text && (p.AgencyId == agencyId || p.ReceivingAgencyId == agencyId))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : null;
    }

    public async Task<AgencyPetition?> StateAsync(Guid petitionId, Actor actor, Guid agencyId, CancellationToken cancellationToken)
    {
        var petition = await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == petitionId, cancellationToken);
        if (petition is null)
        {
            return null;
        }

        var agency = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == petition.AgencyId).Select(a => new { a.Code, a.Name }).SingleAsync(cancellationToken);
        var p = petition;
        return new AgencyPetition(
            p.Code, p.Category, p.Status, p.Channel, agency.Code, agency.Name, p.ReceivedAt, p.UpdatedAt, p.DueAt, p.SenderKind, p.SenderName, p.SenderTaxCode,
            p.SenderPhone, p.SenderEmail, p.SenderAddress, p.Content, p.ConsentToPublish, p.ProcedureCode, p.ProcedureName, p.LegalDocument, p.LegalArticle,
            p.DossierCode, p.Location, p.Latitude, p.Longitude, p.AssigneeName, p.ClarificationRequest, p.Grounds, p.Outcome, p.Answer, p.PublicSummary,
            p.AnsweredAt, p.PublishedAt, p.RefusalReason, p.ClosingNote, p.Satisfied, p.ReopenedAt,
            p.AllowedActions(PetitionActor.System(actor, agencyId), clock.GetUtcNow().UtcDateTime));
    }

    /// <summary>A page of the PAKN the agency holds or received first, newest first.</summary>
    public async Task<AgencyPetitionPage> ListAsync(Guid agencyId, PetitionStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Petitions.AsNoTracking().Where(p => p.AgencyId == agencyId || p.ReceivingAgencyId == agencyId);
        if (status is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Code)
            .Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize)
            .Select(p => new AgencyPetitionItem(p.Code, p.Category, p.Status, p.Channel, p.ReceivedAt, p.DueAt, p.SenderName, p.ProcedureCode))
            .ToListAsync(cancellationToken);
        return new AgencyPetitionPage(items, total, page, pageSize);
    }
}
