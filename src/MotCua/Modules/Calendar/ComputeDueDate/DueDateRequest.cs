using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Common.Time;
using MotCua.Common.Validation;
using MotCua.Common.Web;
using MotCua.Modules.Calendar.Lunar;

namespace MotCua.Modules.Calendar.ComputeDueDate;

/// <summary>A due-date question parsed and validated from text (query string or form), shared by the API and the page.</summary>
internal sealed record DueDateRequest(DateTimeOffset Start, int Amount, DeadlineUnit Unit, TimeOnly? Cutoff)
{
    /// <summary>When the dossier was received.</summary>
    public static readonly DateTimeParameter StartParameter = new(
        "start",
        VietnamTime.Offset,
        new DateTimeOffset(LunarCalendar.MinYear, 1, 1, 0, 0, 0, VietnamTime.Offset),
        new DateTimeOffset(LunarCalendar.MaxYear + 1, 1, 1, 0, 0, 0, VietnamTime.Offset).AddTicks(-1))
    {
        Required = true,
        Description = "When the dossier was received.",
        Example = "2026-02-13T16:10:00+07:00",
    };

    public static readonly EnumParameter<DeadlineUnit> UnitParameter = new("unit") { Required = true };

    /// <summary>The number of units; its largest value depends on the unit (<see cref="MaxAmount"/>).</summary>
    public static readonly IntegerParameter AmountParameter = new("amount", 0, Enum.GetValues<DeadlineUnit>().Max(MaxAmount))
    {
        Description = "Largest per unit: "
            + string.Join(", ", Enum.GetValues<DeadlineUnit>().Where(u => u != DeadlineUnit.Immediate).Select(u => $"{u} {MaxAmount(u)}"))
            + $". May be left out when unit is {DeadlineUnit.Immediate}.",
    };

    public static readonly TextParameter CutoffParameter = new("cutoff")
    {
        Pattern = "^(" + NoCutoff + "|([01]?[0-9]|2[0-3]):[0-5][0-9])$",
        Description = $"Time of day (H:mm) after which a dossier counts from the next working day; default 15:00; {NoCutoff}: no cut-off.",
        Example = "16:45",
    };

    /// <summary>The cut-off parameter's value for "no cut-off".</summary>
    public const string NoCutoff = "none";

    /// <summary>Largest amount accepted per unit: about four years of working time, far beyond any published deadline.</summary>
    public static int MaxAmount(DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.WorkingHours => 8000,
        DeadlineUnit.CalendarDays => 1500,
        _ => 1000,
    };

    /// <summary>Parses the four parameters; adds a failure in the user's language per bad parameter to <paramref name="failures"/>.</summary>
    public static DueDateRequest? Parse(
        string? start, string? amount, string? unit, string? cutoff, IStringLocalizer<CalendarText> text, List<RuleFailure> failures)
    {
        var known = failures.Count;
        var startReading = StartParameter.Read(start, out var parsedStart);
        if (startReading != ParameterReading.Valid)
        {
            failures.Add(new(StartParameter.Name, startReading == ParameterReading.OutOfRange ? text["Error_YearRange"] : text["Error_Start"]));
        }

        var unitOk = UnitParameter.TryRead(unit, out var parsedUnit);
        if (!unitOk)
        {
            failures.Add(new(UnitParameter.Name, text["Error_Unit"]));
        }

        var max = MaxAmount(parsedUnit ?? DeadlineUnit.WorkingDays);
        var amountOk = AmountParameter.TryRead(amount, out var parsedAmount)
            && (parsedAmount is { } given ? given <= max : parsedUnit == DeadlineUnit.Immediate);
        if (!amountOk)
        {
            failures.Add(new(AmountParameter.Name, text["Error_Amount", max]));
        }

        TimeOnly? parsedCutoff = BusinessCalendar.DefaultCutoff;
        if (!CutoffParameter.TryRead(cutoff, out var cutoffText))
        {
            failures.Add(new(CutoffParameter.Name, text["Error_Cutoff"]));
        }
        else if (cutoffText == NoCutoff)
        {
            parsedCutoff = null;
        }
        else if (cutoffText is not null)
        {
            parsedCutoff = TimeOnly.ParseExact(cutoffText, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture);
        }

        return failures.Count == known && parsedStart is { } at && parsedUnit is { } kind
            ? new DueDateRequest(at, parsedAmount ?? 0, kind, parsedCutoff)
            : null;
    }
}
