using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog;

/// <summary>Renders catalogue values in words for people, in the current UI culture.</summary>
internal sealed class CatalogFormat(IStringLocalizer<CatalogText> text)
{
    public string Time(int amount, DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.Immediate => text["Time_Immediate"],
        _ => text["Time_" + unit, amount.ToString(CultureInfo.CurrentCulture)],
    };

    public string Money(long amountVnd) =>
        amountVnd == 0 ? text["Fee_Free"] : text["Fee_Vnd", amountVnd.ToString("N0", CultureInfo.CurrentCulture)];

    public string Online(OnlineServiceLevel level) => text["Online_" + level];

    public string Channel(SubmissionChannels channel) => text["Channel_" + channel];

    /// <summary>
    /// Whether a dossier received after the cut-off counts from the next working day (ADR-032): the procedure's own rule
    /// when it has one (for every channel it is <paramref name="offered"/> through, for some, or for none), else a general
    /// line, as the agency-wide setting depends on the channel; then the rule quoted, when the procedure publishes one.
    /// </summary>
    public string CutOff(ProcessingTime time, SubmissionChannels offered)
    {
        ArgumentNullException.ThrowIfNull(time);
        var at = time.CutOff.ToString("HH:mm", CultureInfo.InvariantCulture);
        var own = time.CutOffChannels & offered;
        var line = own switch
        {
            null => text["Time_CutOff", at].Value,
            SubmissionChannels.None => text["Time_CutOffNone", at].Value,
            { } some when some == offered => text["Time_CutOffAll", at].Value,
            { } some => text["Time_CutOffOwn", at, string.Join(", ", Enum.GetValues<SubmissionChannels>()
                .Where(c => c != SubmissionChannels.None && some.HasFlag(c)).Select(c => LowerFirst(Channel(c))))].Value,
        };
        return time.CutOffSource is null ? line : line + " " + text["Time_CutOffBasis", time.CutOffSource.TrimEnd('.')].Value;
    }

    /// <summary>"Bản chính hoặc bản sao có chứng thực": alternatives after the first in lower case.</summary>
    public string Forms(IEnumerable<DocumentForm> forms) =>
        string.Join(text["Form_Or"], forms.Select((f, i) => i == 0 ? text["Form_" + f].Value : LowerFirst(text["Form_" + f].Value)));

    private static string LowerFirst(string s) =>
        s.Length == 0 ? s : char.ToLower(s[0], CultureInfo.CurrentCulture) + s[1..];

    public string Role(AgencyRole role) => text["Role_" + role];

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The badge class of an online level in <c>site.css</c>.</summary>
    public static string OnlineBadge(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.Full => "badge ok",
        OnlineServiceLevel.Partial => "badge warn",
        _ => "badge",
    };
}
