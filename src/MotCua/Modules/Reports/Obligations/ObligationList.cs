using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Organization;
using MotCua.Modules.Reports.Obligations.Data;
using MotCua.Modules.Reports.Statistics;

namespace MotCua.Modules.Reports.Obligations;

/// <summary>The list's query string: <c>ky=</c> and <c>lich=</c> (the period), <c>status=</c>, <c>agency=</c>, <c>sort=</c>, <c>page=</c>; all text, read strictly.</summary>
internal sealed class ObligationListQuery
{
    public const int PageSize = 50;

    public const string SortDue = "due";

    public const string SortAgency = "agency";

    public const string SortStatus = "status";

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "ky")]
    public string? Ky { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "lich")]
    public string? Lich { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "status")]
    public string? Status { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "agency")]
    public string? Agency { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")]
    public string? Page { get; set; }

    /// <summary>The query string of the list with <paramref name="page"/> (and the other values as they are).</summary>
    public string Link(int page, string? sort = null) => Microsoft.AspNetCore.Http.QueryString.Create(new KeyValuePair<string, string?>[]
    {
        new("ky", Ky), new("lich", Lich), new("status", Status), new("agency", Agency), new("sort", sort ?? Sort),
        new("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();
}

/// <summary>A page of the list and how many obligations of the chosen period and agency stand in each status.</summary>
internal sealed record ObligationPage(IReadOnlyList<ObligationSummary> Rows, int PageNumber, int PageCount, IReadOnlyDictionary<ObligationStatus, int> Counts);

/// <summary>The obligations list (ADR-060): filtered, counted by status and paged in the database, the status computed there from the same rule as <see cref="ObligationRules.Status"/>.</summary>
internal sealed class ObligationList(AppDbContext db, ReportObligations obligations)
{
    public async Task<(ObligationPage? Page, IReadOnlyList<RuleFailure> Failures)> ReadAsync(ObligationListQuery query, CancellationToken cancellationToken)
    {
        var failures = new List<RuleFailure>();
        var visible = obligations.Visible();
        var calendar = StatisticsQueryReading.Calendar(query.Lich, obligations.CutOffDay, failures);
        if (!string.IsNullOrWhiteSpace(query.Ky))
        {
            if (calendar is { } c)
            {
                var (period, problems) = ReportPeriodQuery.Parse(query.Ky, null, null, c);
                failures.AddRange(problems.Select(p => p with { Field = "ky" }));
                if (period is not null)
                {
                    visible = visible.Where(o => o.PeriodFirst == period.First && o.PeriodLast == period.Last);
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Agency))
        {
            if (Guid.TryParse(query.Agency.Trim(), out var agencyId))
            {
                visible = visible.Where(o => o.AgencyId == agencyId);
            }
            else
            {
                failures.Add(ReportObligations.Problem("agency", "Error_AgencyUnknown"));
            }
        }

        ObligationStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            status = TypedValues.Named<ObligationStatus>(query.Status) ?? Failed(failures);
        }

        var sort = string.IsNullOrWhiteSpace(query.Sort) ? ObligationListQuery.SortDue : query.Sort.Trim().ToLowerInvariant();
        if (sort is not (ObligationListQuery.SortDue or ObligationListQuery.SortAgency or ObligationListQuery.SortStatus))
        {
            failures.Add(ReportObligations.Problem("sort", "Error_Sort"));
        }

        var page = StatisticsQueryReading.Number(query.Page, "page", 1, 100_000, "Page", failures, blank: 1);
        if (failures.Count > 0)
        {
            return (null, failures);
        }

        var now = obligations.Now;
        var counted = await visible.GroupBy(StatusOf(now)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = Enum.GetValues<ObligationStatus>().ToDictionary(s => s, s => counted.Where(c => c.Key == (int)s).Sum(c => c.Count));
        if (status is { } wanted)
        {
            visible = visible.Where(Is(wanted, now));
        }

        var joined = from o in visible
                     join a in OrganizationDirectory.Of(db).Agencies on o.AgencyId equals a.Id
                     select new Joined { Obligation = o, AgencyName = a.Name, AgencyCode = a.Code };
        // Status order: the most urgent first (overdue, late, not yet due, submitted), then by due day.
        IOrderedQueryable<Joined> ordered = sort switch
        {
            ObligationListQuery.SortAgency => joined.OrderBy(j => j.AgencyCode).ThenBy(j => j.Obligation.DueAt),
            ObligationListQuery.SortStatus => joined
                .OrderBy(j => j.Obligation.FirstSubmittedAt == null ? (j.Obligation.DueAt <= now ? 0 : 2) : (j.Obligation.FirstSubmittedAt >= j.Obligation.DueAt ? 1 : 3))
                .ThenBy(j => j.Obligation.DueAt),
            _ => joined.OrderByDescending(j => j.Obligation.DueAt).ThenBy(j => j.AgencyCode),
        };
        var total = counts.Where(c => status is null || c.Key == status).Sum(c => c.Value);
        var pageCount = Math.Max(1, (total + ObligationListQuery.PageSize - 1) / ObligationListQuery.PageSize);
        var (rows, _) = await Paging.ReadPageAsync(ordered.ThenBy(j => j.Obligation.Id), (page!.Value - 1) * ObligationListQuery.PageSize, ObligationListQuery.PageSize, cancellationToken);
        return (new ObligationPage([.. rows.Select(r => obligations.Summarise(r.Obligation, r.AgencyName))], page.Value, pageCount, counts), []);
    }

    /// <summary><see cref="ObligationRules.Status"/> as SQL: the status's number at <paramref name="now"/>.</summary>
    private static Expression<Func<ReportObligation, int>> StatusOf(DateTime now) => o =>
        o.FirstSubmittedAt != null
            ? (o.FirstSubmittedAt >= o.DueAt ? (int)ObligationStatus.SubmittedLate : (int)ObligationStatus.Submitted)
            : (now >= o.DueAt ? (int)ObligationStatus.Overdue : (int)ObligationStatus.NotYetDue);

    /// <summary>The obligations in <paramref name="status"/> at <paramref name="now"/>, as SQL.</summary>
    public static Expression<Func<ReportObligation, bool>> Is(ObligationStatus status, DateTime now) => status switch
    {
        ObligationStatus.Submitted => o => o.FirstSubmittedAt != null && o.FirstSubmittedAt < o.DueAt,
        ObligationStatus.SubmittedLate => o => o.FirstSubmittedAt != null && o.FirstSubmittedAt >= o.DueAt,
        ObligationStatus.Overdue => o => o.FirstSubmittedAt == null && o.DueAt <= now,
        _ => o => o.FirstSubmittedAt == null && o.DueAt > now,
    };

    private static ObligationStatus? Failed(List<RuleFailure> failures)
    {
        failures.Add(ReportObligations.Problem("status", "Error_Status"));
        return null;
    }

    private sealed class Joined
    {
        public required ReportObligation Obligation { get; init; }

        public required string AgencyName { get; init; }

        public required string AgencyCode { get; init; }
    }
}
