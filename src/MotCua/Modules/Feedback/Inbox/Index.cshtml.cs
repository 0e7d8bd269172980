using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Feedback.Data;
using MotCua.Modules.Feedback.Flow;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.Inbox;

/// <summary>
/// The PAKN of the staff member's agency (every agency's, read-only, for the province-wide roles): the counts that need
/// attention, filters, sorting by receipt or deadline, and each PAKN's running deadline with its state (ADR-046 §4).
/// </summary>
[Authorize(Policy = Policies.ReadFeedback)]
internal sealed class IndexModel(AppDbContext db, IAgencyScope scope, PetitionInbox inbox, OrganizationNames names, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The last page of a text search, which is not counted (ADR-048): a narrower search finds what deeper pages would.</summary>
    public const int MaxSearchPage = 40;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    [FromQuery(Name = "channel")]
    public string? Channel { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "mine")]
    public bool Mine { get; set; }

    /// <summary>"due" (running deadline first), else newest receipt first.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public InboxCounts Counts { get; private set; } = new(0, 0, 0, 0);

    /// <summary>The number of PAKN listed; null for a text search that has more than this page (not counted, ADR-048).</summary>
    public int? Total { get; private set; }

    /// <summary>Another page follows this one.</summary>
    public bool HasNext { get; private set; }

    /// <summary>The last page the pager links: the last page counted, else the next one when there is one.</summary>
    public int PageCount => Total is { } total ? Math.Max(1, (total + PageSize - 1) / PageSize) : HasNext ? PageNumber + 1 : PageNumber;

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public string? FilterError { get; private set; }

    /// <summary>The province-wide roles read every agency's PAKN and the holding agency is shown.</summary>
    public bool AllAgencies => scope.IsProvinceWide;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PetitionInbox.TryAgencyOf(scope, out var agencyId))
        {
            return Forbid();
        }

        Counts = await inbox.CountsAsync(agencyId, cancellationToken);
        var petitions = db.Petitions.AsNoTracking();
        if (agencyId is { } id)
        {
            petitions = petitions.Where(p => p.AgencyId == id);
        }

        if (TypedValues.Named<PetitionStatus>(Status) is { } status)
        {
            petitions = petitions.Where(p => p.Status == status);
        }

        if (TypedValues.Named<PetitionCategory>(Category) is { } category)
        {
            petitions = petitions.Where(p => p.Category == category);
        }

        if (TypedValues.Named<PetitionChannel>(Channel) is { } channel)
        {
            petitions = petitions.Where(p => p.Channel == channel);
        }

        if (Mine && Actor.From(HttpContext).UserId is { } me)
        {
            petitions = petitions.Where(p => p.AssigneeId == me);
        }

        var from = TypedValues.IsoDate(From);
        var to = TypedValues.IsoDate(To);
        if ((!string.IsNullOrWhiteSpace(From) && from is null) || (!string.IsNullOrWhiteSpace(To) && to is null) || from > to)
        {
            FilterError = ResourceText.Get<FeedbackStaffText>("Inbox_DateRangeInvalid");
        }
        else
        {
            // Receipt days are local (UTC+7) days.
            if (from is { } f)
            {
                var start = VietnamTime.StartOfLocalDayUtc(f);
                petitions = petitions.Where(p => p.ReceivedAt >= start);
            }

            if (to is { } t)
            {
                var end = VietnamTime.StartOfLocalDayUtc(t.AddDays(1));
                petitions = petitions.Where(p => p.ReceivedAt < end);
            }
        }

        var text = Q?.Trim();
        var searched = false;
        if (!string.IsNullOrEmpty(text) && text.Length <= 200)
        {
            if (PetitionCode.TryParse(text, out var code))
            {
                var exact = code.ToString();
                petitions = petitions.Where(p => p.Code == exact);
            }
            else
            {
                var pattern = SearchText.ContainsPattern(text);
                petitions = petitions.Where(p => EF.Functions.Like(p.SearchText, EF.Constant(pattern), SearchText.LikeEscape));
                searched = true;
            }
        }

        List<InboxLine> page;
        if (searched)
        {
            // Counting every match of a text search would read them all: one row more tells whether a page follows.
            PageNumber = Math.Clamp(PageNumber, 1, MaxSearchPage);
            page = await PageAsync(petitions, (PageNumber - 1) * PageSize, PageSize + 1, cancellationToken);
            var more = page.Count > PageSize;
            if (more)
            {
                page.RemoveAt(PageSize);
            }

            HasNext = more && PageNumber < MaxSearchPage;
            Total = Paging.TotalWhenLast(PageNumber, PageSize, page.Count, more);
        }
        else
        {
            Total = await petitions.CountAsync(cancellationToken);
            PageNumber = Math.Clamp(PageNumber, 1, PageCount);
            page = await PageAsync(petitions, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
            HasNext = PageNumber < PageCount;
        }

        var labels = await names.GetAsync(db, page.Select(p => p.AgencyId), page.Where(p => p.UnitId != null).Select(p => p.UnitId!.Value), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var soonByAgency = new Dictionary<Guid, DateTime>();
        var rows = new List<InboxRow>();
        foreach (var p in page)
        {
            if (!soonByAgency.TryGetValue(p.AgencyId, out var soon))
            {
                soon = PetitionDueStates.DueSoonUntil(await inbox.ClockAsync(p.AgencyId, cancellationToken), now);
                soonByAgency[p.AgencyId] = soon;
            }

            rows.Add(new InboxRow(
                p.Id, p.Code, p.ReceivedAt, p.Category, p.ProcedureCode, p.ProcedureName, p.Status,
                labels.Agencies.GetValueOrDefault(p.AgencyId, ""), p.UnitId is { } unit ? labels.Units.GetValueOrDefault(unit) : null, p.AssigneeName,
                p.DueAt, PetitionDueStates.RunningKind(p.Status), PetitionDueStates.Of(p.DueAt, now, soon)));
        }

        Rows = rows;
        return Page();
    }

    /// <summary>
    /// One page in the chosen order, ending with the key so pages neither repeat nor skip PAKN that tie. By deadline, the
    /// running ones come first, earliest due first, then the rest newest first: read as two index-ordered parts (the
    /// agency's due instants, then its receipts), since one "nulls last" expression would sort the whole agency per page.
    /// </summary>
    private async Task<List<InboxLine>> PageAsync(IQueryable<Petition> petitions, int skip, int take, CancellationToken cancellationToken)
    {
        if (Sort != "due")
        {
            return await Lines(petitions.OrderByDescending(p => p.ReceivedAt).ThenBy(p => p.Id).Skip(skip).Take(take)).ToListAsync(cancellationToken);
        }

        var running = petitions.Where(p => p.DueAt != null);
        var runningCount = await running.CountAsync(cancellationToken);
        var page = skip < runningCount
            ? await Lines(running.OrderBy(p => p.DueAt).ThenByDescending(p => p.ReceivedAt).ThenBy(p => p.Id).Skip(skip).Take(take)).ToListAsync(cancellationToken)
            : [];
        if (page.Count < take)
        {
            page.AddRange(await Lines(petitions.Where(p => p.DueAt == null).OrderByDescending(p => p.ReceivedAt).ThenBy(p => p.Id)
                .Skip(Math.Max(0, skip - runningCount)).Take(take - page.Count)).ToListAsync(cancellationToken));
        }

        return page;
    }

    private static IQueryable<InboxLine> Lines(IQueryable<Petition> petitions) => petitions
        .Select(p => new InboxLine(p.Id, p.Code, p.ReceivedAt, p.Category, p.ProcedureCode, p.ProcedureName, p.Status, p.AgencyId, p.UnitId, p.AssigneeName, p.DueAt));

    private sealed record InboxLine(
        Guid Id, string Code, DateTime ReceivedAt, PetitionCategory Category, string? ProcedureCode, string? ProcedureName, PetitionStatus Status, Guid AgencyId,
        Guid? UnitId, string? AssigneeName, DateTime? DueAt);

    public string PageUrl(int page, string? sort = null) =>
        "/feedback" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q, ["status"] = Status, ["category"] = Category, ["channel"] = Channel, ["from"] = From, ["to"] = To,
            ["mine"] = Mine ? "true" : null, ["sort"] = sort ?? Sort,
            ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        }.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();

}

/// <summary>One line of the inbox: the PAKN, who holds it, and its running deadline (processing or publication) with its state.</summary>
internal sealed record InboxRow(
    Guid Id, string Code, DateTime ReceivedAt, PetitionCategory Category, string? ProcedureCode, string? ProcedureName, PetitionStatus Status,
    string AgencyName, string? UnitName, string? AssigneeName, DateTime? DueAt, PetitionDeadlineKind DueKind, PetitionDueState DueState);
