using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Workflows;

/// <summary>How the workflows pages write durations and dates.</summary>
internal static class WorkflowsFormat
{
    /// <summary>"3 ngày làm việc", "8 giờ làm việc", "Trong ngày".</summary>
    public static string Time(IStringLocalizer<WorkflowsText> text, int amount, DeadlineUnit unit) => text["Unit_" + unit, amount];

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
