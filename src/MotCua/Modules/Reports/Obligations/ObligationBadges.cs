namespace MotCua.Modules.Reports.Obligations;

/// <summary>The badge colour of a status (site.css): submitted green, late or overdue red, not yet due neutral.</summary>
internal static class ObligationBadges
{
    public static string Of(ObligationStatus status) => status switch
    {
        ObligationStatus.Submitted => "ok",
        ObligationStatus.SubmittedLate => "warn",
        ObligationStatus.Overdue => "red",
        _ => "",
    };
}
