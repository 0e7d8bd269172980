using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback;

/// <summary>
/// A PAKN as anyone may read it (Open311, public pages): never the sender's name, contact, address, account, organisation,
/// dossier code, attachments or internal notes (NĐ 20/2008 Điều 19; ADR-046 §5, §8). The wording and the answer only once
/// published and while not withdrawn; <see cref="ClosingNote"/> only the PAKN it was merged into.
/// </summary>
internal sealed record PublicPetition(
    string Code, PetitionCategory Category, PetitionStatus Status, string AgencyName, string? ProcedureCode, string? ProcedureName,
    DateTime ReceivedAt, DateTime UpdatedAt, DateTime? DueAt, string? PublishedWording, string? Answer, DateTime? PublishedAt,
    RefusalReason? RefusalReason, string? ClosingNote);

/// <summary>Which PAKN to list: by codes (the others ignored), or by category, status and a receipt window [From, To].</summary>
internal sealed record PublicPetitionFilter(IReadOnlyList<string>? Codes, PetitionCategory? Category, bool? Open, DateTime From, DateTime To);

/// <summary>Feedback's read API without personal data (ADR-046 §8).</summary>
internal sealed class PublicPetitions(AppDbContext db)
{
    public async Task<PublicPetition?> FindAsync(string? code, CancellationToken cancellationToken)
    {
        if (!PetitionCode.TryParse(code, out var parsed))
        {
            return null;
        }

        var text = parsed.ToString();
        return (await ReadAsync(db.Petitions.Where(p => p.Code == text), 1, cancellationToken)).SingleOrDefault();
    }

    /// <summary>At most <paramref name="max"/> PAKN, newest receipt first.</summary>
    public Task<IReadOnlyList<PublicPetition>> ListAsync(PublicPetitionFilter filter, int max, CancellationToken cancellationToken)
    {
        var query = db.Petitions.AsQueryable();
        if (filter.Codes is { } codes)
        {
            var valid = codes.Select(c => PetitionCode.TryParse(c, out var parsed) ? parsed.ToString() : null).OfType<string>().Distinct().ToList();
            return ReadAsync(query.Where(p => valid.Contains(p.Code)), max, cancellationToken);
        }

        query = query.Where(p => p.ReceivedAt >= filter.From && p.ReceivedAt <= filter.To);
        if (filter.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        query = filter.Open switch
        {
            true => query.Where(p => PetitionStatuses.Open.Contains(p.Status)),
            false => query.Where(p => !PetitionStatuses.Open.Contains(p.Status)),
            null => query,
        };
        return ReadAsync(query, max, cancellationToken);
    }

    private async Task<IReadOnlyList<PublicPetition>> ReadAsync(IQueryable<Petition> petitions, int max, CancellationToken cancellationToken)
    {
        var rows = await (
            from p in petitions.AsNoTracking()
            join a in OrganizationDirectory.Of(db).Agencies on p.AgencyId equals a.Id
            orderby p.ReceivedAt descending, p.Code descending
            select new
            {
                p.Code, p.Category, p.Status, AgencyName = a.Name, p.ProcedureCode, p.ProcedureName, p.ReceivedAt, p.UpdatedAt, p.DueAt,
                p.PublishedWording, p.PublishedAnswer, p.PublishedAt, p.WithdrawnAt, p.RefusalReason, p.MergedIntoCode,
            }).Take(max).ToListAsync(cancellationToken);
        return rows.ConvertAll(r =>
        {
            // The body a PAKN was forwarded to is an officer's free text (it may name the official complained of): not public.
            var note = r.Status == PetitionStatus.Merged ? r.MergedIntoCode : null;
            // A withdrawn answer is read as never published (ADR-046 §5).
            var shown = r.WithdrawnAt is null;
            return new PublicPetition(
                r.Code, r.Category, r.Status, r.AgencyName, r.ProcedureCode, r.ProcedureName, r.ReceivedAt, r.UpdatedAt, r.DueAt,
                shown ? r.PublishedWording : null, shown ? r.PublishedAnswer : null, shown ? r.PublishedAt : null,
                r.Status == PetitionStatus.Refused ? r.RefusalReason : null, note);
        });
    }
}
