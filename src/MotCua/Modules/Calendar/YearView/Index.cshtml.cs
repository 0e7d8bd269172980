using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar.ComputeDueDate;
using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar.YearView;

/// <summary>The year view of the business calendar with the due-date calculator.</summary>
[AllowAnonymous]
internal sealed class IndexModel(
    AppDbContext db, CalendarProvider calendars, DueDateExplainer explainer, IStringLocalizer<CalendarText> text, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public CalculatorInput Calc { get; set; } = new();

    public int ShownYear { get; private set; }

    public IReadOnlyList<AgencyLookup.Choice> Agencies { get; private set; } = [];

    public AgencyLookup.Choice? SelectedAgency { get; private set; }

    public IReadOnlyList<MonthGrid> Months { get; private set; } = [];

    public IReadOnlyList<CalendarDay> NamedDays { get; private set; } = [];

    public DateOnly TetDate { get; private set; }

    public LunarDate TetLunar { get; private set; }

    public BusinessCalendar Calendar { get; private set; } = null!;

    public DueDate? Result { get; private set; }

    public IReadOnlyList<string> Explanation { get; private set; } = [];

    public DueDateExplainer Explainer => explainer;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        if (Year is { } y && !BusinessCalendar.IsSupportedYear(y))
        {
            new RuleFailure(nameof(Year), text["Error_YearRange"]).AddTo(ModelState);
            Year = null;
        }

        ShownYear = Year ?? today.Year;
        Agencies = await AgencyLookup.ListAsync(db, cancellationToken);
        var (agencyOk, choice) = await AgencyLookup.FindAsync(db, Agency, cancellationToken);
        if (!agencyOk)
        {
            new RuleFailure(nameof(Agency), text["Error_Agency"]).AddTo(ModelState);
        }

        SelectedAgency = choice;
        Calendar = await calendars.GetAsync(choice?.Id, cancellationToken);
        BuildYear();
        if (Calc.Submitted)
        {
            Calculate();
        }
        else
        {
            Calc.StartDate ??= today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Calc.StartTime ??= "09:00";
        }

        return Page();
    }

    private void Calculate()
    {
        var failures = new List<RuleFailure>();
        var start = $"{Calc.StartDate?.Trim()}T{(string.IsNullOrWhiteSpace(Calc.StartTime) ? "00:00" : Calc.StartTime.Trim())}";
        var request = DueDateRequest.Parse(start, Calc.Amount, Calc.Unit, Calc.NoCutoff ? DueDateRequest.NoCutoff : Calc.Cutoff, text, failures);

        // The API's parameters are the calculator's fields.
        failures.ConvertAll(f => f with
        {
            Field = f.Field switch
            {
                "start" => nameof(Calc.StartDate),
                "amount" => nameof(Calc.Amount),
                "unit" => nameof(Calc.Unit),
                _ => nameof(Calc.Cutoff),
            },
        }).AddTo(ModelState, nameof(Calc));

        if (request is null || !ModelState.IsValid)
        {
            return;
        }

        try
        {
            var due = Calendar.ComputeDue(request.Start, request.Amount, request.Unit, request.Cutoff);
            Explanation = explainer.Lines(due, Calendar);
            Result = due;
        }
        catch (CalendarRangeException)
        {
            new RuleFailure(nameof(Calc.Amount), text["Error_DueOutOfRange"]).AddTo(ModelState, nameof(Calc));
        }
    }

    private void BuildYear()
    {
        var days = Calendar.Year(ShownYear).ToArray();
        NamedDays = days.Where(d => d.IsSpecial).ToArray();
        TetDate = LunarCalendar.NewYear(ShownYear);
        TetLunar = LunarCalendar.FromSolar(TetDate);
        Months = Enumerable.Range(1, 12).Select(m =>
        {
            var first = new DateOnly(ShownYear, m, 1);
            var lead = ((int)first.DayOfWeek + 6) % 7;
            var cells = new List<DayCell?>(Enumerable.Repeat<DayCell?>(null, lead));
            cells.AddRange(days.Where(d => d.Date.Month == m).Select(d => new DayCell(d, LunarCalendar.FromSolar(d.Date))));
            while (cells.Count % 7 != 0)
            {
                cells.Add(null);
            }

            return new MonthGrid(m, cells.Chunk(7).ToArray());
        }).ToArray();
    }

    /// <summary>A month laid out in weeks starting on Monday; null cells pad the first and last week.</summary>
    public sealed record MonthGrid(int Month, IReadOnlyList<DayCell?[]> Weeks);

    public sealed record DayCell(CalendarDay Day, LunarDate Lunar);
}

/// <summary>The calculator form (GET: it changes nothing).</summary>
internal sealed class CalculatorInput
{
    public bool Submitted { get; set; }

    public string? StartDate { get; set; }

    public string? StartTime { get; set; }

    public string? Amount { get; set; } = "5";

    public string? Unit { get; set; } = nameof(DeadlineUnit.WorkingDays);

    public string? Cutoff { get; set; } = "15:00";

    /// <summary>No cut-off: a dossier received at any time of day counts from that day.</summary>
    public bool NoCutoff { get; set; }
}
