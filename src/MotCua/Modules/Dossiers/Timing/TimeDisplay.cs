using System.Globalization;
using MotCua.Common.Localization;
using MotCua.Common.Time;

namespace MotCua.Modules.Dossiers.Timing;

/// <summary>How instants and dates are written in the dossiers' rule messages and records.</summary>
internal static class TimeDisplay
{
    /// <summary>An instant shown in local time in the current UI language, e.g. "16:10 ngày 13/02/2026".</summary>
    public static string Show(DateTimeOffset instant) =>
        VietnamTime.Format(instant, ResourceText.Get<ProcessingText>("Time_Instant"));

    /// <summary>A local date shown as dd/MM/yyyy.</summary>
    public static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
