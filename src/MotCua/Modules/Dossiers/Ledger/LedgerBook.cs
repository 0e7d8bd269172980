using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Dossiers.Ledger;

/// <summary>The agency whose book is shown, with the names its printed header carries.</summary>
internal sealed record LedgerAgency(Guid Id, string Code, string Name, string GoverningBody);

/// <summary>An agency a province-wide officer may choose.</summary>
internal sealed record LedgerAgencyOption(Guid Id, string Name);

/// <summary>One line of the book; times are local (UTC+7).</summary>
/// <param name="Number">STT in the whole year's book (<see cref="LedgerNumbering"/>).</param>
/// <param name="LeadAgency">Cơ quan chủ trì giải quyết, null when the catalogue does not tell which agency it is.</param>
/// <param name="ForwardedAt">Chuyển hồ sơ đến cơ quan giải quyết: the first move to <see cref="DossierStatus.Processing"/>.</param>
/// <param name="ResultReceivedAt">Nhận kết quả từ cơ quan giải quyết: the first move to <see cref="DossierStatus.Done"/>.</param>
/// <param name="ReturnedAt">Trả kết quả: the first move to <see cref="DossierStatus.Returned"/>.</param>
/// <param name="NotedStatus">The current status when the ledger notes it (Ghi chú), see <see cref="NoteOf"/>.</param>
internal sealed record LedgerRow(
    int Number,
    Guid DossierId,
    string Code,
    string ProcedureName,
    int SetCount,
    string ApplicantName,
    string AddressPhone,
    string? LeadAgency,
    DateTime ReceivedAt,
    DateTime DueAt,
    DateTime? ForwardedAt,
    DateTime? ResultReceivedAt,
    DateTime? ReturnedAt,
    DossierStatus? NotedStatus)
{
    /// <summary>
    /// The statuses the Ghi chú column names: those that hold a dossier outside the course the date columns already show
    /// (received → forwarded → result → returned).
    /// </summary>
    public static DossierStatus? NoteOf(DossierStatus status) =>
        status is DossierStatus.SupplementRequested or DossierStatus.AwaitingPayment or DossierStatus.Withdrawn or DossierStatus.Stopped ? status : null;
}

/// <summary>One page of the book and where it stands.</summary>
internal sealed record LedgerPage(IReadOnlyList<LedgerRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>The entries of an export, or null when there are more than <see cref="LedgerBook.ExportLimit"/>.</summary>
internal sealed record LedgerExtract(IReadOnlyList<LedgerRow>? Rows, int Total);

/// <summary>
/// Sổ theo dõi hồ sơ (Mẫu 06 of TT 01/2018/TT-VPCP, Mẫu 07 of TT 03/2025/TT-VPCP): the accepted dossiers of one agency and
/// year in the order of their codes. Reads page in the database along the index (AgencyId, CodeDate, CodeSequence); the
/// STT and the size of an unfiltered range come from the code counters (<see cref="LedgerNumbering"/>).
/// </summary>
internal sealed class LedgerBook(AppDbContext db, IAgencyScope scope, PublishedProcedures procedures, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The most entries one .xlsx or PDF export holds; a larger selection must be narrowed.</summary>
    public const int ExportLimit = 10_000;

    /// <summary>The message for a selection too large to export.</summary>
    public static RuleFailure TooMany(int total) => LedgerCriteria.Problem("limit", "TooMany", total, ExportLimit);

    /// <summary>Today's local (UTC+7) date.</summary>
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>True for province-wide officers, who choose the agency; everyone else sees their own agency's book.</summary>
    public bool CanChooseAgency => scope.IsProvinceWide;

    /// <summary>Reads the query and finds the agency; the criteria and agency are null when there are problems.</summary>
    public async Task<(LedgerAgency? Agency, LedgerCriteria? Criteria, IReadOnlyList<RuleFailure> Problems)> OpenAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        var (criteria, problems) = LedgerCriteria.Parse(query, Today);
        var (agency, agencyProblem) = await AgencyAsync(query.Agency, cancellationToken);
        if (agencyProblem is not null)
        {
            problems = [agencyProblem, .. problems];
        }

        return problems.Count > 0 ? (agency, null, problems) : (agency, criteria, problems);
    }

    /// <summary>Every agency, the active ones first, for a province-wide officer to choose from.</summary>
    public async Task<IReadOnlyList<LedgerAgencyOption>> AgenciesAsync(CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).Agencies
            .OrderByDescending(a => a.IsActive).ThenBy(a => a.Name)
            .Select(a => new LedgerAgencyOption(a.Id, a.Name))
            .ToListAsync(cancellationToken);

    /// <summary>The page of entries (from 1; a page past the end shows the last page).</summary>
    public async Task<LedgerPage> PageAsync(LedgerAgency agency, LedgerCriteria criteria, int pageNumber, CancellationToken cancellationToken)
    {
        var numbering = await NumberingAsync(agency.Id, criteria.Year, cancellationToken);
        var entries = Entries(agency.Id, criteria, criteria.From);
        if (criteria.Text is not null)
        {
            // A text search reads the search index once: the keys of every match in book order give the total and the page.
            var matches = await InBookOrder(entries).Select(d => d.Id).ToListAsync(cancellationToken);
            var matchPages = PageCountOf(matches.Count);
            pageNumber = Math.Clamp(pageNumber, 1, matchPages);
            var ids = matches.Skip((pageNumber - 1) * PageSize).Take(PageSize).ToList();
            var found = InBookOrder(db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id)));
            return new LedgerPage(await RowsAsync(found, agency.Id, numbering, cancellationToken), matches.Count, pageNumber, matchPages);
        }

        var total = await TotalAsync(entries, criteria, numbering, cancellationToken);
        var pageCount = PageCountOf(total);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        IQueryable<Dossier> page;
        if (criteria.FiltersEntries)
        {
            page = InBookOrder(entries).Skip((pageNumber - 1) * PageSize).Take(PageSize);
        }
        else if (numbering.Locate(numbering.Before(criteria.From) + ((pageNumber - 1) * PageSize) + 1) is { } start)
        {
            var (day, sequence) = start;
            // Every entry of the range is in the book, so the page's first entry is known from the counters and the page is
            // read by key from there: no OFFSET, however deep the page.
            page = InBookOrder(Entries(agency.Id, criteria, day).Where(d => d.CodeDate > day || d.CodeSequence >= sequence)).Take(PageSize);
        }
        else
        {
            return new LedgerPage([], total, pageNumber, pageCount);
        }

        return new LedgerPage(await RowsAsync(page, agency.Id, numbering, cancellationToken), total, pageNumber, pageCount);
    }

    /// <summary>Every selected entry for an export, unless there are more than <see cref="ExportLimit"/>.</summary>
    public async Task<LedgerExtract> ExportAsync(LedgerAgency agency, LedgerCriteria criteria, CancellationToken cancellationToken)
    {
        var numbering = await NumberingAsync(agency.Id, criteria.Year, cancellationToken);
        var entries = Entries(agency.Id, criteria, criteria.From);
        var total = await TotalAsync(entries, criteria, numbering, cancellationToken);
        return total > ExportLimit
            ? new LedgerExtract(null, total)
            : new LedgerExtract(await RowsAsync(InBookOrder(entries), agency.Id, numbering, cancellationToken), total);
    }

    private async Task<(LedgerAgency? Agency, RuleFailure? Problem)> AgencyAsync(string? requested, CancellationToken cancellationToken)
    {
        Guid id;
        if (string.IsNullOrWhiteSpace(requested))
        {
            if (scope.AgencyId is not { } own)
            {
                return (null, LedgerCriteria.Problem("agency", "ChooseAgency"));
            }

            id = own;
        }
        else if (!Guid.TryParse(requested.Trim(), out id))
        {
            return (null, LedgerCriteria.Problem("agency", "AgencyUnknown"));
        }

        if (!scope.CanAccessAgency(id))
        {
            return (null, LedgerCriteria.Problem("agency", "AgencyNotYours"));
        }

        var agency = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.Id == id)
            .Select(a => new LedgerAgency(a.Id, a.Code, a.Name, a.Parent != null ? a.Parent.Name : a.Name))
            .SingleOrDefaultAsync(cancellationToken);
        return agency is null ? (null, LedgerCriteria.Problem("agency", "AgencyUnknown")) : (agency, null);
    }

    private Task<LedgerNumbering> NumberingAsync(Guid agencyId, int year, CancellationToken cancellationToken) =>
        LedgerNumbering.OfYearAsync(db, agencyId, year, cancellationToken);

    private static async Task<int> TotalAsync(IQueryable<Dossier> entries, LedgerCriteria criteria, LedgerNumbering numbering, CancellationToken cancellationToken) =>
        criteria.FiltersEntries ? await entries.CountAsync(cancellationToken) : numbering.Count(criteria.From, criteria.To);

    /// <summary>The agency's accepted dossiers received from <paramref name="from"/> to the criteria's end date that match them.</summary>
    internal IQueryable<Dossier> Entries(Guid agencyId, LedgerCriteria criteria, DateOnly from)
    {
        var to = criteria.To;
        // A search within the text is written with its values, the agency and days with it (DossierSearch's remarks).
        var entries = db.Dossiers.AsNoTracking().Where(criteria.Text is { } searched && DossierSearch.WithinText(searched)
            ? d => d.AgencyId == EF.Constant(agencyId) && d.Code != null && d.CodeDate >= EF.Constant(from) && d.CodeDate <= EF.Constant(to)
            : (Expression<Func<Dossier, bool>>)(d => d.AgencyId == agencyId && d.Code != null && d.CodeDate >= from && d.CodeDate <= to));
        if (criteria.ProcedureCode is { } procedure)
        {
            entries = entries.Where(d => d.ProcedureCode == procedure);
        }

        if (criteria.Status is { } status)
        {
            entries = entries.Where(d => d.Status == status);
        }

        if (criteria.Text is { } text)
        {
            entries = DossierSearch.Matching(entries, text);
        }

        return entries;
    }

    private static int PageCountOf(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    private static IQueryable<Dossier> InBookOrder(IQueryable<Dossier> entries) => entries.OrderBy(d => d.CodeDate).ThenBy(d => d.CodeSequence);

    private async Task<IReadOnlyList<LedgerRow>> RowsAsync(IQueryable<Dossier> page, Guid agencyId, LedgerNumbering numbering, CancellationToken cancellationToken)
    {
        var entries = await page
            .Select(d => new Entry(
                d.Id, d.Code!, d.CodeDate!.Value, d.CodeSequence!.Value, d.ProcedureVersionId, d.ProcedureName, d.SetCount,
                d.Applicant.Name, d.Applicant.Address, d.Applicant.Phone, d.ReceivedAt!.Value, d.DueAt!.Value, d.Status))
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return [];
        }

        var ids = entries.Select(e => e.Id).ToList();
        // The date columns come from the history by status (the national codes), not by action name.
        var milestones = await db.DossierEvents.AsNoTracking()
            .Where(e => ids.Contains(e.DossierId)
                        && (e.ToStatus == DossierStatus.Processing || e.ToStatus == DossierStatus.Done || e.ToStatus == DossierStatus.Returned))
            .Select(e => new { e.DossierId, e.ToStatus, e.Sequence, e.At })
            .ToListAsync(cancellationToken);
        var first = milestones.GroupBy(e => (e.DossierId, e.ToStatus)).ToDictionary(g => g.Key, g => g.MinBy(e => e.Sequence)!.At);
        var agencies = await procedures.AgenciesOfVersionsAsync(entries.Select(e => e.ProcedureVersionId).Distinct().ToList(), cancellationToken);

        DateTime? At(Guid id, DossierStatus status) => first.TryGetValue((id, status), out var at) ? VietnamTime.UtcToLocal(at) : null;
        return entries.Select(e => new LedgerRow(
            numbering.Number(e.CodeDate, e.CodeSequence),
            e.Id,
            e.Code,
            e.ProcedureName,
            e.SetCount,
            e.ApplicantName,
            string.IsNullOrWhiteSpace(e.Phone) ? e.Address : $"{e.Address} – {e.Phone}",
            LeadAgency.Of(agencies.GetValueOrDefault(e.ProcedureVersionId) ?? [], agencyId),
            VietnamTime.UtcToLocal(e.ReceivedAt),
            VietnamTime.UtcToLocal(e.DueAt),
            At(e.Id, DossierStatus.Processing),
            At(e.Id, DossierStatus.Done),
            At(e.Id, DossierStatus.Returned),
            LedgerRow.NoteOf(e.Status))).ToList();
    }


    private sealed record Entry(
        Guid Id, string Code, DateOnly CodeDate, int CodeSequence, Guid ProcedureVersionId, string ProcedureName, int SetCount,
        string ApplicantName, string Address, string? Phone, DateTime ReceivedAt, DateTime DueAt, DossierStatus Status);
}
