using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.Book;

/// <summary>The agency whose book is shown, with the names its printed header carries.</summary>
internal sealed record FeedbackBookAgency(Guid Id, string Code, string Name, string GoverningBody);

/// <summary>An agency a province-wide officer may choose.</summary>
internal sealed record FeedbackBookAgencyOption(Guid Id, string Name);

/// <summary>One line of the book; times are local (UTC+7).</summary>
/// <param name="Number">STT in the agency's book of the year, whatever the filters.</param>
/// <param name="ReceivedAt">When the agency received it: the submission, or the transfer that brought it.</param>
/// <param name="Summary">The first <see cref="FeedbackBook.SummaryLength"/> characters of the content.</param>
/// <param name="HandlingAgency">The agency holding it now.</param>
/// <param name="DueAt">Hạn xử lý: the due instant of the agency's latest processing limit.</param>
internal sealed record FeedbackBookRow(
    int Number,
    Guid PetitionId,
    string Code,
    DateTime ReceivedAt,
    PetitionChannel Channel,
    string SenderName,
    string Contact,
    string Summary,
    PetitionCategory Category,
    string? ProcedureCode,
    string? ProcedureName,
    string HandlingAgency,
    string? HandlingUnit,
    DateTime? DueAt,
    DateTime? AnsweredAt,
    PetitionStatus Status,
    PetitionOutcome? Outcome,
    BookTimeliness Timeliness,
    BookNote Note);

/// <summary>What the Ghi chú column says, as facts; <see cref="FeedbackBookDocuments.Note"/> words it.</summary>
internal sealed record BookNote(bool CameByTransfer, bool HeldElsewhere, RefusalReason? Refusal, string? ClosingNote, string? MergedInto, bool Reopened, bool? Satisfied);

/// <summary>One page of the book and where it stands.</summary>
internal sealed record FeedbackBookPage(IReadOnlyList<FeedbackBookRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>The entries of an export, or null when there are more than <see cref="FeedbackBook.ExportLimit"/>.</summary>
internal sealed record FeedbackBookExtract(IReadOnlyList<FeedbackBookRow>? Rows, int Total);

/// <summary>
/// Sổ theo dõi phản ánh, kiến nghị (NĐ 20/2008/NĐ-CP Điều 9; ADR-046 pages): every PAKN an agency received in a year — at
/// submission, or when another agency of the installation transferred it there — once, in the order received, numbered
/// from 1 per agency and year (not from the installation-wide daily code). The year's entries are read as small keys, numbered
/// in memory, filtered and paged; only the page's (or the export's) rows are read in full.
/// </summary>
internal sealed class FeedbackBook(AppDbContext db, IAgencyScope scope, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The most entries one export holds; a larger selection must be narrowed.</summary>
    public const int ExportLimit = 10_000;

    /// <summary>How much of the content the book shows.</summary>
    public const int SummaryLength = 200;

    public static RuleFailure TooMany(int total) => FeedbackBookCriteria.Problem("limit", "TooMany", total, ExportLimit);

    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>True for province-wide officers, who choose the agency; everyone else sees their own agency's book.</summary>
    public bool CanChooseAgency => scope.IsProvinceWide;

    /// <summary>Reads the query and finds the agency; the criteria and agency are null when there are problems.</summary>
    public async Task<(FeedbackBookAgency? Agency, FeedbackBookCriteria? Criteria, IReadOnlyList<RuleFailure> Problems)> OpenAsync(
        FeedbackBookQuery query, CancellationToken cancellationToken)
    {
        var (criteria, problems) = FeedbackBookCriteria.Parse(query, Today);
        var (agency, agencyProblem) = await AgencyAsync(query.Agency, cancellationToken);
        if (agencyProblem is not null)
        {
            problems = [agencyProblem, .. problems];
        }

        return problems.Count > 0 ? (agency, null, problems) : (agency, criteria, problems);
    }

    public async Task<IReadOnlyList<FeedbackBookAgencyOption>> AgenciesAsync(CancellationToken cancellationToken) =>
        await OrganizationDirectory.Of(db).Agencies
            .OrderByDescending(a => a.IsActive).ThenBy(a => a.Name)
            .Select(a => new FeedbackBookAgencyOption(a.Id, a.Name))
            .ToListAsync(cancellationToken);

    /// <summary>The page of entries (from 1; a page past the end shows the last page).</summary>
    public async Task<FeedbackBookPage> PageAsync(FeedbackBookAgency agency, FeedbackBookCriteria criteria, int pageNumber, CancellationToken cancellationToken)
    {
        var selected = await SelectedAsync(agency.Id, criteria, cancellationToken);
        var pageCount = Math.Max(1, (selected.Count + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var page = selected.Skip((pageNumber - 1) * PageSize).Take(PageSize).ToList();
        return new FeedbackBookPage(await RowsAsync(agency.Id, page, cancellationToken), selected.Count, pageNumber, pageCount);
    }

    /// <summary>Every selected entry for an export, unless there are more than <see cref="ExportLimit"/>.</summary>
    public async Task<FeedbackBookExtract> ExportAsync(FeedbackBookAgency agency, FeedbackBookCriteria criteria, CancellationToken cancellationToken)
    {
        var selected = await SelectedAsync(agency.Id, criteria, cancellationToken);
        return selected.Count > ExportLimit
            ? new FeedbackBookExtract(null, selected.Count)
            : new FeedbackBookExtract(await RowsAsync(agency.Id, selected, cancellationToken), selected.Count);
    }

    private async Task<(FeedbackBookAgency? Agency, RuleFailure? Problem)> AgencyAsync(string? requested, CancellationToken cancellationToken)
    {
        Guid id;
        if (string.IsNullOrWhiteSpace(requested))
        {
            if (scope.AgencyId is not { } own)
            {
                return (null, FeedbackBookCriteria.Problem("agency", "ChooseAgency"));
            }

            id = own;
        }
        else if (!Guid.TryParse(requested.Trim(), out id))
        {
            return (null, FeedbackBookCriteria.Problem("agency", "AgencyUnknown"));
        }

        if (!scope.CanAccessAgency(id))
        {
            return (null, FeedbackBookCriteria.Problem("agency", "AgencyNotYours"));
        }

        var agency = await OrganizationDirectory.Of(db).Agencies
            .Where(a => a.Id == id)
            .Select(a => new FeedbackBookAgency(a.Id, a.Code, a.Name, a.Parent != null ? a.Parent.Name : a.Name))
            .SingleOrDefaultAsync(cancellationToken);
        return agency is null ? (null, FeedbackBookCriteria.Problem("agency", "AgencyUnknown")) : (agency, null);
    }

    /// <summary>The year's entries of the agency in book order with their numbers, then the ones the criteria select.</summary>
    private async Task<List<Entry>> SelectedAsync(Guid agencyId, FeedbackBookCriteria criteria, CancellationToken cancellationToken)
    {
        var yearStart = VietnamTime.StartOfLocalDayUtc(new DateOnly(criteria.Year, 1, 1));
        var yearEnd = VietnamTime.EndOfLocalDayUtc(new DateOnly(criteria.Year, 12, 31));
        // A PAKN enters an agency's book when it first arrives there: submitted to it, or transferred to it. A later return or
        // a second transfer to the same agency does not enter it again.
        var arrivals = db.PetitionEvents.AsNoTracking()
            .Where(e => e.AgencyId == agencyId && (e.Action == PetitionAction.Submit || e.Action == PetitionAction.Transfer) && e.At < yearEnd)
            .GroupBy(e => e.PetitionId)
            .Select(g => new { PetitionId = g.Key, At = g.Min(e => e.At) });
        var keys = await (
                from a in arrivals
                where a.At >= yearStart
                join p in db.Petitions.AsNoTracking() on a.PetitionId equals p.Id
                select new { p.Id, a.At, p.CodeDate, p.CodeSequence, p.Status, p.Category })
            .ToListAsync(cancellationToken);
        var from = VietnamTime.StartOfLocalDayUtc(criteria.From);
        var to = VietnamTime.EndOfLocalDayUtc(criteria.To);
        return keys
            .OrderBy(k => k.At).ThenBy(k => k.CodeDate).ThenBy(k => k.CodeSequence)
            .Select((k, i) => (Key: k, Number: i + 1))
            .Where(e => e.Key.At >= from && e.Key.At < to
                        && (criteria.Status is null || e.Key.Status == criteria.Status)
                        && (criteria.Category is null || e.Key.Category == criteria.Category))
            .Select(e => new Entry(e.Key.Id, e.Number, e.Key.At))
            .ToList();
    }

    private async Task<IReadOnlyList<FeedbackBookRow>> RowsAsync(Guid agencyId, IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var ids = entries.Select(e => e.PetitionId).ToList();
        var petitions = await db.Petitions.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id, p.Code, p.Channel, p.SenderName, p.SenderPhone, p.SenderEmail, p.SenderAddress,
                Summary = p.Content.Substring(0, SummaryLength + 1),
                p.Category, p.ProcedureCode, p.ProcedureName, p.ReceivingAgencyId, p.AgencyId, p.UnitId, p.AnsweredAt, p.Status, p.Outcome,
                p.RefusalReason, p.ClosingNote, p.MergedIntoCode, p.ReopenedAt, p.Satisfied,
            })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var deadlines = (await db.PetitionDeadlines.AsNoTracking()
                .Where(d => ids.Contains(d.PetitionId) && d.AgencyId == agencyId)
                .Select(d => new { d.PetitionId, d.Kind, d.Round, d.StartAt, d.DueAt, d.ClosedAt, d.Class })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.PetitionId);
        var agencyIds = petitions.Values.Select(p => p.AgencyId).Distinct().ToList();
        var unitIds = petitions.Values.Where(p => p.UnitId is not null).Select(p => p.UnitId!.Value).Distinct().ToList();
        var directory = OrganizationDirectory.Of(db);
        var agencies = await directory.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var units = await directory.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        return entries.Select(e =>
        {
            var p = petitions[e.PetitionId];
            var limits = deadlines[e.PetitionId].ToList();
            var due = limits.Where(d => d.Kind == PetitionDeadlineKind.Process).MaxBy(d => d.Round)?.DueAt;
            return new FeedbackBookRow(
                e.Number,
                p.Id,
                p.Code,
                VietnamTime.UtcToLocal(e.ReceivedAt),
                p.Channel,
                p.SenderName,
                string.Join("; ", new[] { p.SenderPhone, p.SenderEmail, p.SenderAddress }.Where(c => !string.IsNullOrWhiteSpace(c))),
                Summarise(p.Summary),
                p.Category,
                p.ProcedureCode,
                p.ProcedureName,
                agencies.GetValueOrDefault(p.AgencyId, ""),
                p.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
                due is { } d ? VietnamTime.UtcToLocal(d) : null,
                p.AnsweredAt is { } answered ? VietnamTime.UtcToLocal(answered) : null,
                p.Status,
                p.Outcome,
                BookTimelinessRule.Of(limits.Select(l => new BookDeadline(l.Kind, l.StartAt, l.DueAt, l.ClosedAt, l.Class)), now),
                new BookNote(
                    p.ReceivingAgencyId != agencyId,
                    p.AgencyId != agencyId,
                    p.RefusalReason,
                    p.Status is PetitionStatus.Refused or PetitionStatus.TransferredOut or PetitionStatus.ForwardedAsComplaint or PetitionStatus.Returned ? p.ClosingNote : null,
                    p.MergedIntoCode,
                    p.ReopenedAt is not null,
                    p.Satisfied));
        }).ToList();
    }

    /// <summary>The content's first characters as the book shows them: whitespace folded, cut at a word with an ellipsis.</summary>
    /// <param name="prefix">The content's first <see cref="SummaryLength"/> + 1 characters (longer means the content goes on).</param>
    internal static string Summarise(string prefix)
    {
        var text = string.Join(' ', prefix.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (prefix.Length <= SummaryLength && text.Length <= SummaryLength)
        {
            return text;
        }

        var length = Math.Min(text.Length, SummaryLength);
        var cut = text.LastIndexOf(' ', length - 1);
        return (cut > SummaryLength / 2 ? text[..cut] : text[..length]).TrimEnd(',', ';', '.', ':') + "…";
    }

    private sealed record Entry(Guid PetitionId, int Number, DateTime ReceivedAt);
}
