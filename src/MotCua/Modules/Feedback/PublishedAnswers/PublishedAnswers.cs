using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Modules.Catalog;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Feedback.PublishedAnswers;

/// <summary>
/// One published answer as the public sees it (NĐ 20/2008 Điều 19; ADR-046 §5). It has no field for the sender's name,
/// contact, address, account, organisation, dossier code, attachments, internal comments or officers: what is not read
/// cannot be shown.
/// </summary>
internal sealed record PublishedAnswer(
    string Code,
    PetitionCategory Category,
    string? ProcedureCode,
    string? ProcedureName,
    string? LegalDocument,
    string? LegalArticle,
    string? Wording,
    string? Answer,
    PetitionOutcome? Outcome,
    string AgencyName,
    DateTime ReceivedAt,
    DateTime? AnsweredAt,
    DateTime PublishedAt);

/// <summary>The procedure version that closed the review proposal a published answer led to.</summary>
internal sealed record AmendingVersion(string ProcedureCode, int Number, string DecisionNumber, DateTime PublishedAt);

/// <summary>
/// One page of answers (ADR-048). <see cref="Counted"/> is the number of answers found, read up to
/// <see cref="PublishedAnswerQuery.MaxResults"/> + 1, or null for a text search, which is not counted.
/// </summary>
internal sealed record PublishedAnswerPage<T>(IReadOnlyList<T> Items, int Page, bool HasNext, int? Counted)
{
    public static readonly PublishedAnswerPage<T> Empty = new([], 1, false, 0);

    /// <summary>More answers were found than the search shows.</summary>
    public bool MoreThanShown => Counted > PublishedAnswerQuery.MaxResults;

    /// <summary>The exact number of answers, when it is known: counted under the cap, or read to the last page.</summary>
    public int? Total => MoreThanShown ? null
        : Counted ?? (!HasNext && (Items.Count > 0 || Page == 1) ? ((Page - 1) * PublishedAnswerQuery.PageSize) + Items.Count : null);

    /// <summary>What the line above the list says of the result's size.</summary>
    public ResultSize Size
    {
        get
        {
            var first = ((Page - 1) * PublishedAnswerQuery.PageSize) + 1;
            return new(MoreThanShown, Total, first, first + Items.Count - 1, Page, LastPage);
        }
    }

    /// <summary>The last page the pager links: the last counted page, else the next page when there is one.</summary>
    public int LastPage => Counted is { } counted
        ? Math.Clamp((Math.Min(counted, PublishedAnswerQuery.MaxResults) + PublishedAnswerQuery.PageSize - 1) / PublishedAnswerQuery.PageSize, 1, PublishedAnswerQuery.MaxPage)
        : HasNext ? Page + 1 : Page;
}

/// <summary>A result's size as _ResultSize.cshtml words it: more than the cap, an exact total, or the range of this page.</summary>
internal sealed record ResultSize(bool MoreThanShown, int? Total, int First, int Last, int Page, int LastPage);

/// <summary>Reads the published answers for the public pages: the search, one answer, and the version that amended its procedure.</summary>
internal sealed class PublishedAnswerReader(AppDbContext db, PublishedProcedures procedures)
{
    public async Task<PublishedAnswerPage<PublishedAnswer>> SearchAsync(PublishedAnswerQuery query, CancellationToken cancellationToken)
    {
        var petitions = await MatchingAsync(db.Petitions.AsNoTracking().Where(Petition.IsPublic), query, cancellationToken);
        var page = await PageAsync(petitions, query, Project, cancellationToken);
        var names = await AgencyNamesAsync(page.Items.Select(r => r.AgencyId), cancellationToken);
        return new(page.Items.Select(r => r.ToAnswer(names)).ToList(), page.Page, page.HasNext, page.Counted);
    }

    /// <summary>
    /// The query's page of <paramref name="matching"/>, newest publication first (the code breaks ties), read through
    /// <paramref name="select"/>. Counting every match of a text search would read every match (ADR-048): only a search
    /// without words is counted, up to the cap.
    /// </summary>
    public static async Task<PublishedAnswerPage<T>> PageAsync<T>(
        IQueryable<Petition> matching, PublishedAnswerQuery query, Func<IQueryable<Petition>, IQueryable<T>> select, CancellationToken cancellationToken)
    {
        int? counted = query.Text is null ? await Paging.CountUpToAsync(matching, PublishedAnswerQuery.MaxResults, cancellationToken) : null;
        var (rows, hasNext) = await Paging.ReadPageAsync(
            select(matching.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Code)),
            (query.Page - 1) * PublishedAnswerQuery.PageSize, PublishedAnswerQuery.PageSize, cancellationToken);
        return new(rows, query.Page, hasNext, counted);
    }

    /// <summary>The published text of <paramref name="petitions"/> as the public pages show it, in the query's order.</summary>
    public async Task<IReadOnlyList<PublishedAnswer>> ReadAsync(IQueryable<Petition> petitions, CancellationToken cancellationToken)
    {
        var rows = await Project(petitions).ToListAsync(cancellationToken);
        var names = await AgencyNamesAsync(rows.Select(r => r.AgencyId), cancellationToken);
        return rows.ConvertAll(r => r.ToAnswer(names));
    }

    /// <summary>
    /// <paramref name="petitions"/> narrowed by the query: every word in the published text (diacritics ignored), category,
    /// procedure, agency and publication dates. The public search and the staff's list of published answers share it.
    /// </summary>
    public async Task<IQueryable<Petition>> MatchingAsync(IQueryable<Petition> petitions, PublishedAnswerQuery query, CancellationToken cancellationToken)
    {
        foreach (var word in SearchText.Normalize(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = SearchText.ContainsPattern(word);
            petitions = petitions.Where(p => EF.Functions.Like(p.PublicSearchText, EF.Constant(pattern), SearchText.LikeEscape));
        }

        if (query.Category is { } category)
        {
            petitions = petitions.Where(p => p.Category == category);
        }

        if (query.ProcedureCode is { } code)
        {
            petitions = petitions.Where(p => p.ProcedureCode == code);
        }

        if (query.AgencyCode is { } agencyCode)
        {
            var agencyId = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Code == agencyCode).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
            petitions = petitions.Where(p => p.AgencyId == agencyId);
        }

        if (query.From is { } from)
        {
            var start = VietnamTime.StartOfLocalDayUtc(from);
            petitions = petitions.Where(p => p.PublishedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = VietnamTime.EndOfLocalDayUtc(to);
            petitions = petitions.Where(p => p.PublishedAt < end);
        }

        return petitions;
    }

    /// <summary>The published answer with this code, or null (unknown, not published, or withdrawn).</summary>
    public async Task<(PublishedAnswer Answer, AmendingVersion? Amended)?> FindAsync(PetitionCode code, CancellationToken cancellationToken)
    {
        var text = code.ToString();
        var row = await Project(db.Petitions.AsNoTracking().Where(Petition.IsPublic).Where(p => p.Code == text)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var names = await AgencyNamesAsync([row.AgencyId], cancellationToken);
        var closing = await db.ReviewProposals.AsNoTracking()
            .Where(r => r.PetitionId == row.Id && r.State == ReviewProposalState.ClosedByVersion)
            .Select(r => new { r.ProcedureCode, r.ClosedByVersionId })
            .FirstOrDefaultAsync(cancellationToken);
        AmendingVersion? amended = null;
        if (closing is not null)
        {
            var version = (await procedures.VersionsAsync(closing.ProcedureCode, cancellationToken)).FirstOrDefault(v => v.VersionId == closing.ClosedByVersionId);
            amended = version is null ? null : new AmendingVersion(closing.ProcedureCode, version.Number, version.DecisionNumber, version.PublishedAt);
        }

        return (row.ToAnswer(names), amended);
    }

    /// <summary>The agencies holding published answers, for the filter.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> AgenciesAsync(CancellationToken cancellationToken)
    {
        // One probe per agency in its index of publication instants, rather than a pass over every answer.
        var rows = await OrganizationDirectory.Of(db).Agencies.Where(a => db.Petitions.Where(Petition.IsPublic).Any(p => p.AgencyId == a.Id))
            .OrderBy(a => a.Code).Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Code, r.Name)).ToList();
    }

    // Only public fields are read: what was last published (the approved text of the PAKN and the answer).
    private static IQueryable<Row> Project(IQueryable<Petition> petitions) => petitions.Select(p => new Row(
        p.Id, p.Code, p.Category, p.ProcedureCode, p.ProcedureName, p.LegalDocument, p.LegalArticle,
        p.PublishedWording, p.PublishedAnswer, p.Outcome, p.AgencyId, p.ReceivedAt, p.AnsweredAt, p.PublishedAt!.Value));

    private async Task<Dictionary<Guid, string>> AgencyNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await OrganizationDirectory.Of(db).Agencies.Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }

    private sealed record Row(
        Guid Id, string Code, PetitionCategory Category, string? ProcedureCode, string? ProcedureName, string? LegalDocument, string? LegalArticle,
        string? Wording, string? Answer, PetitionOutcome? Outcome, Guid AgencyId, DateTime ReceivedAt, DateTime? AnsweredAt, DateTime PublishedAt)
    {
        public PublishedAnswer ToAnswer(IReadOnlyDictionary<Guid, string> agencies) => new(
            Code, Category, ProcedureCode, ProcedureName, LegalDocument, LegalArticle, Wording, Answer, Outcome,
            agencies.GetValueOrDefault(AgencyId, ""), ReceivedAt, AnsweredAt, PublishedAt);
    }
}
