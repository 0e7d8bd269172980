using MotCua.Modules.Dossiers.Timing;

namespace MotCua.Modules.Dossiers;

/// <summary>Marker for the UI strings of processing after receipt and of the worklists (ProcessingText.resx, ProcessingText.en.resx).</summary>
internal sealed class ProcessingText
{
    /// <summary>The resource key of a dossier's legal time status sentence.</summary>
    public static string LegalKey(LegalTimeResult legal) =>
        legal.WaitingForApplicant ? "Legal_Waiting" : "Legal_" + legal.Class + (legal.IsOpen ? "_Open" : "");

    /// <summary>The resource key of a dossier's national statistic sentence.</summary>
    public static string StatisticKey(OnTimeResult statistic) => "OnTime_" + statistic.Class + (statistic.IsOpen ? "_Open" : "");
}
