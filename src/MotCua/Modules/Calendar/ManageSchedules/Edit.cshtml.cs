using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Common.Data;
using MotCua.Common.Validation;
using MotCua.Modules.Calendar.Data;
using MotCua.Modules.Organization;

namespace MotCua.Modules.Calendar.ManageSchedules;

/// <summary>Sets an agency's working week and sessions, or resets it to the default schedule.</summary>
[Authorize(Policy = Policies.ManageCalendar)]
internal sealed class EditModel(AppDbContext db, CalendarProvider calendars, IStringLocalizer<CalendarText> text, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AgencyId { get; set; }

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public string AgencyLabel { get; private set; } = "";

    public bool IsOwn { get; private set; }

    public string Audit { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        var schedule = stored.Value.Own is { } own ? WorkingSchedule.TryParse(own.WorkingDays, own.Sessions) ?? WorkingSchedule.Default : WorkingSchedule.Default;
        Input = ScheduleInput.From(schedule);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (failures, schedule) = Validate();
        failures.AddTo(ModelState, nameof(Input));
        if (schedule is null)
        {
            return Page();
        }

        var own = stored.Value.Own;
        if (own is null)
        {
            own = new AgencyWorkingSchedule { Id = Guid.CreateVersion7(), AgencyId = AgencyId };
            db.AgencyWorkingSchedules.Add(own);
        }

        own.WorkingDays = schedule.WorkingDaysText;
        own.Sessions = schedule.SessionsText;
        own.UpdatedBy = User.Identity?.Name ?? "";
        own.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return Redirect("/calendar/schedules?done=saved");
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        var stored = await LoadAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        if (stored.Value.Own is { } own)
        {
            db.AgencyWorkingSchedules.Remove(own);
            await db.SaveChangesAsync(cancellationToken);
            calendars.Invalidate();
        }

        return Redirect("/calendar/schedules?done=reset");
    }

    private async Task<(string Code, AgencyWorkingSchedule? Own)?> LoadAsync(CancellationToken cancellationToken)
    {
        var agency = await OrganizationDirectory.Of(db).Agencies.Where(a => a.Id == AgencyId).Select(a => new { a.Code, a.Name }).FirstOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            return null;
        }

        var own = await db.AgencyWorkingSchedules.FirstOrDefaultAsync(s => s.AgencyId == AgencyId, cancellationToken);
        AgencyLabel = agency.Code + " – " + agency.Name;
        IsOwn = own is not null;
        Audit = ScheduleText.Audit(own?.UpdatedBy, own?.UpdatedAtUtc);
        return (agency.Code, own);
    }

    /// <summary>The schedule form's failures under the fields of <see cref="ScheduleInput"/>, or the schedule it describes.</summary>
    private (IReadOnlyList<RuleFailure> Failures, WorkingSchedule? Schedule) Validate()
    {
        var failures = new List<RuleFailure>();
        var days = (Input.Days ?? []).Where(d => d is >= 0 and <= 6).Distinct().Select(d => (DayOfWeek)d).ToArray();
        if (days.Length == 0 || days.Length != (Input.Days ?? []).Count)
        {
            failures.Add(new RuleFailure(nameof(Input.Days), text["Error_ScheduleDays"]));
        }

        var morning = Session(failures, nameof(Input.MorningStart), Input.MorningStart, nameof(Input.MorningEnd), Input.MorningEnd, required: true);
        var afternoon = Session(failures, nameof(Input.AfternoonStart), Input.AfternoonStart, nameof(Input.AfternoonEnd), Input.AfternoonEnd, required: false);
        if (morning is { } m && afternoon is { } a && a.Start < m.End)
        {
            failures.Add(new RuleFailure(nameof(Input.AfternoonStart), text["Error_SessionOverlap"]));
        }

        if (failures.Count > 0 || morning is null)
        {
            return (failures.AsResult(), null);
        }

        WorkingSession[] sessions = afternoon is { } pm ? [morning.Value, pm] : [morning.Value];
        if (sessions.Sum(s => s.Duration.Ticks) <= 0)
        {
            failures.Add(new RuleFailure(nameof(Input.MorningEnd), text["Error_SessionEmpty"]));
            return (failures, null);
        }

        return ([], new WorkingSchedule(days, sessions));
    }

    // A session needs both times, 00:00–23:59 (inside one day), the end after the start; an optional one may be left blank.
    private WorkingSession? Session(List<RuleFailure> failures, string startKey, string? start, string endKey, string? end, bool required)
    {
        if (!required && string.IsNullOrWhiteSpace(start) && string.IsNullOrWhiteSpace(end))
        {
            return null;
        }

        var startOk = TryTime(start, out var s);
        var endOk = TryTime(end, out var e);
        if (!startOk)
        {
            failures.Add(new RuleFailure(startKey, text["Error_SessionTime"]));
        }

        if (!endOk)
        {
            failures.Add(new RuleFailure(endKey, text["Error_SessionTime"]));
        }

        if (!startOk || !endOk)
        {
            return null;
        }

        if (e <= s)
        {
            failures.Add(new RuleFailure(endKey, text["Error_SessionOrder"]));
            return null;
        }

        return new WorkingSession(s, e);
    }

    private static bool TryTime(string? value, out TimeOnly time) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}

/// <summary>The schedule form: working weekdays (DayOfWeek numbers) and two sessions as "HH:mm" text.</summary>
internal sealed class ScheduleInput
{
    public List<int>? Days { get; set; }

    public string? MorningStart { get; set; }

    public string? MorningEnd { get; set; }

    public string? AfternoonStart { get; set; }

    public string? AfternoonEnd { get; set; }

    public static ScheduleInput From(WorkingSchedule schedule)
    {
        static string Format(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
        var sessions = schedule.Sessions;
        return new ScheduleInput
        {
            Days = schedule.WorkingDays.Select(d => (int)d).ToList(),
            MorningStart = Format(sessions[0].Start),
            MorningEnd = Format(sessions[0].End),
            AfternoonStart = sessions.Count > 1 ? Format(sessions[1].Start) : null,
            AfternoonEnd = sessions.Count > 1 ? Format(sessions[1].End) : null,
        };
    }
}
