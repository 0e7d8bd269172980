using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Web;
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

    /// <summary>A search by words is read by key: its pages link the previous and next ones from their first and last codes.</summary>
    public bool ByKey => Counted is null;

    /// <summary>A page comes before this one.</summary>
    public bool HasPrevious { get; init; }

    /// <summary>The codes of this page's first and last answers, the keys of the pages before and after it.</summary>
    public string? FirstCode { get; init; }

    public string? LastCode { get; init; }

    /// <summary>
    /// The pager under the list: numbered pages for a counted search, the pages before and after this one by key for a
    /// search by words. <paramref name="url"/> writes a page's address from its number and the key after or before which it reads.
    /// </summary>
    public (PageLinks? Numbered, StepLinks? Steps) Pager(Func<int, string?, string?, string> url, string label) => ByKey
        ? (null, new StepLinks(
            Page,
            !HasPrevious ? null : Page <= 2 ? url(1, null, null) : url(Page - 1, null, FirstCode),
            HasNext && LastCode is not null ? url(Page + 1, LastCode, null) : null,
            label))
        : (new PageLinks(Page, LastPage, p => url(p, null, null), label), null);

    /// <summary>The same page holding other items (the staff list adds each answer's actions).</summary>
    public PublishedAnswerPage<TOther> With<TOther>(IReadOnlyList<TOther> items) =>
        new(items, Page, HasNext, Counted) { HasPrevious = HasPrevious, FirstCode = FirstCode, LastCode = LastCode };

    /// <summary>More answers were found than the search shows.</summary>
    public bool MoreThanShown => Counted > PublishedAnswerQuery.MaxResults;

    /// <summary>The exact number of answers, when it is known: counted under the cap, or read to the last page.</summary>
    public int? Total => MoreThanShown ? null
        : Counted ?? Paging.TotalWhenLast(Page, PublishedAnswerQuery.PageSize, Items.Count, HasNext);

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
        var page = await PageAsync(petitions, query, Project, r => r.Code, cancellationToken);
        var names = await AgencyNamesAsync(page.Items.Select(r => r.AgencyId), cancellationToken);
        return page.With<PublishedAnswer>([.. page.Items.Select(r => r.ToAnswer(names))]);
    }

    /// <summary>
    /// The query's page of <paramref name="matching"/>, newest publication first (the code breaks ties), read through
    /// <paramref name="select"/> (ADR-048). A search without words is counted up to the cap and paged by number. A search
    /// by words is not counted — that would read every match — and goes from page to page by key: PostgreSQL misjudges how
    /// many answers several common words share, and from the third page on an offset made it read and sort all of them.
    /// </summary>
    public async Task<PublishedAnswerPage<T>> PageAsync<T>(
        IQueryable<Petition> matching, PublishedAnswerQuery query, Func<IQueryable<Petition>, IQueryable<T>> select, Func<T, string> codeOf,
        CancellationToken cancellationToken)
    {
        const int size = PublishedAnswerQuery.PageSize;
        var newestFirst = matching.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Code);
        if (query.Text is null)
        {
            var counted = await Paging.CountUpToAsync(newestFirst, PublishedAnswerQuery.MaxResults, cancellationToken);
            var (rows, hasNext) = await Paging.ReadPageAsync(select(newestFirst), (query.Page - 1) * size, size, cancellationToken);
            return new(rows, query.Page, hasNext, counted) { HasPrevious = query.Page > 1 };
        }

        var key = query.Before ?? query.After;
        var anchor = key is { } k ? await KeyAsync(k, cancellationToken) : null;
        var step = anchor is null ? KeyStep.First : query.Before is null ? KeyStep.After : KeyStep.Before;
        var (at, code) = anchor ?? default;
        var page = await Paging.ReadByKeyAsync(step, query.Page, size, (s, take) => (s switch
        {
            KeyStep.First => select(newestFirst),
            KeyStep.After => select(matching.Where(p => p.PublishedAt < at || (p.PublishedAt == at && string.Compare(p.Code, code) < 0))
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Code)),
            _ => select(matching.Where(p => p.PublishedAt > at || (p.PublishedAt == at && string.Compare(p.Code, code) > 0))
                .OrderBy(p => p.PublishedAt).ThenBy(p => p.Code)),
        }).Take(take).ToListAsync(cancellationToken));
        return Keyed(page.Rows, page.PageNumber, page.HasNext, page.HasPrevious, codeOf);
    }

    private static PublishedAnswerPage<T> Keyed<T>(List<T> rows, int page, bool hasNext, bool hasPrevious, Func<T, string> codeOf) =>
        new(rows, page, hasNext, null)
        {
            HasPrevious = hasPrevious,
            FirstCode = rows.Count > 0 ? codeOf(rows[0]) : null,
            LastCode = rows.Count > 0 ? codeOf(rows[^1]) : null,
        };

    /// <summary>The publication instant and code a page's key names; null when no answer was published with that code.</summary>
    private async Task<(DateTime PublishedAt, string Code)?> KeyAsync(PetitionCode code, CancellationToken cancellationToken)
    {
        var text = code.ToString();
        var row = await db.Petitions.AsNoTracking().Where(p => p.Code == text && p.PublishedAt != null)
            .Select(p => new { PublishedAt = p.PublishedAt!.Value, p.Code }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.PublishedAt, row.Code);
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
