using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Metrics;
using MotCua.Modules.Metrics.Periods;
using MotCua.Modules.Metrics.Statistics;

namespace MotCua.Modules.Reports.Statistics;

/// <summary>Why a dossier counts where it does, in a line: reception, channel, where it stood at the period end, its appointment and its legal time class.</summary>
internal static class StatisticsReasons
{
    public static string Of(ReportPeriod period, TallyFact fact)
    {
        var state = (DossierTallyState)fact.State;
        var ended = state is DossierTallyState.Finished or DossierTallyState.Refused or DossierTallyState.Stopped or DossierTallyState.Withdrawn;
        var parts = new List<string>
        {
            Text(fact.CarriedOver ? "Reason_ReceivedBefore" : "Reason_Received", VietnamTime.Format(fact.ReceivedAt)),
            Text("Reason_Channel_" + fact.Channel),
            ended ? Text("Reason_Ended_" + state, VietnamTime.Format(fact.EndedAt!.Value))
                : state == DossierTallyState.AwaitingSupplement ? Text("Reason_Awaiting", VietnamTime.Format(fact.PendingSupplementSince!.Value))
                : Text("Reason_Open", period.Last.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (fact.DueAt is { } due)
        {
            parts.Add(Text("Reason_Due", VietnamTime.Format(due)));
        }

        parts.Add(Text((ended ? "Reason_Time_" : "Reason_OpenTime_") + (OnTimeClass)fact.Time));
        return string.Join("; ", parts);
    }

    private static string Text(string key, params object?[] arguments) => ResourceText.Get<ReportsText>(key, arguments);
}
