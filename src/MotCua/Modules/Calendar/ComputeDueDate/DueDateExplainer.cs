using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Time;

namespace MotCua.Modules.Calendar.ComputeDueDate;

/// <summary>A day that moved a due date, as shown to people.</summary>
internal sealed record ExplainedDay(DateOnly Date, CalendarDayKind Kind, string Text);

/// <summary>Turns a computed <see cref="DueDate"/> into sentences for people (API and page share them).</summary>
internal sealed class DueDateExplainer(IStringLocalizer<CalendarText> text)
{
    public static string FormatInstant(DateTimeOffset instant) =>
        VietnamTime.Format(instant, "HH:mm dd/MM/yyyy");

    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string DayName(DayOfWeek day) => text["Day_" + (int)day];

    /// <summary>The name of a day as a calendar shows it ("Tết Nguyên đán (mùng 1)", "Thứ Bảy (nghỉ hằng tuần)").</summary>
    public string Describe(CalendarDay day) => day.Kind switch
    {
        CalendarDayKind.WeeklyRest => text["Explain_WeeklyRest", DayName(day.Date.DayOfWeek)],
        CalendarDayKind.SwappedWorking => text["Explain_SwappedWorking", DayName(day.Date.DayOfWeek), day.Name ?? ""],
        CalendarDayKind.Working => DayName(day.Date.DayOfWeek),
        _ => day.Name ?? text["Kind_" + day.Kind],
    };

    public IReadOnlyList<ExplainedDay> Days(DueDate due, BusinessCalendar calendar) =>
        due.SkippedDays(calendar).Select(d => new ExplainedDay(d.Date, d.Kind, FormatDate(d.Date) + " – " + Describe(d))).ToArray();

    public IReadOnlyList<string> Lines(DueDate due, BusinessCalendar calendar)
    {
        var lines = new List<string>();
        var start = FormatInstant(due.EffectiveStart);
        var cutoff = due.Cutoff?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";
        lines.Add(due.Adjustment switch
        {
            StartAdjustment.None => text["Explain_StartNow", start],
            StartAdjustment.BeforeOpening => text["Explain_StartBeforeOpening", start],
            StartAdjustment.Break => text["Explain_StartBreak", start],
            StartAdjustment.AfterCutoff => text["Explain_StartAfterCutoff", cutoff, start],
            StartAdjustment.AfterClosing => text["Explain_StartAfterClosing", start],
            _ => text["Explain_StartDayOff", start],
        });
        var hours = calendar.Schedule.DayLength.TotalHours.ToString("0.##", CultureInfo.InvariantCulture);
        lines.Add(due.Unit switch
        {
            DeadlineUnit.WorkingDays => text["Explain_WorkingDays", due.Amount, hours],
            DeadlineUnit.WorkingHours => text["Explain_WorkingHours", due.Amount],
            DeadlineUnit.CalendarDays => text["Explain_CalendarDays", due.Amount],
            _ => text["Explain_Immediate"],
        });
        lines.AddRange(Days(due, calendar).Select(d => d.Text));
        lines.Add(text["Explain_Due", DayName(due.Due.DayOfWeek), FormatInstant(due.Due)]);
        return lines;
    }
}
