using System.ComponentModel.DataAnnotations;

namespace MotCua.Modules.Dossiers;

/// <summary>Settings of the Dossiers module (configuration section <c>Dossiers</c>); validated at start.</summary>
internal sealed class DossiersOptions
{
    public const string Section = "Dossiers";

    /// <summary>How dossier codes are written; default the current regime (TT 03/2025).</summary>
    public DossierCodeFormat CodeFormat { get; set; } = DossierCodeFormat.Tt03_2025;

    /// <summary>Two digits placed before the sequence when the installation is a central nationwide system (TT 04/2025 Điều 23); empty otherwise.</summary>
    [RegularExpression(@"^([0-9]{2})?$", ErrorMessage = "Dossiers:CentralSystemPrefix must be empty or two digits.")]
    public string? CentralSystemPrefix { get; set; }

    /// <summary>How often the due-soon and overdue reminders are looked for (once per interval across all nodes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Dossiers:ReminderInterval must be between 1 minute and 1 day.")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most this many open steps are looked at per run, earliest due first; the next run goes on.</summary>
    [Range(1, 100_000, ErrorMessage = "Dossiers:RemindersPerRun must be between 1 and 100000.")]
    public int RemindersPerRun { get; set; } = 2000;

    /// <summary>
    /// Requests one client address may make to the rating kiosk (/danh-gia) in 10 minutes: a counter's kiosk rates a few
    /// dossiers a minute, while guessing the 4 digits that prove a dossier would take thousands of tries.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Dossiers:RatingRequestsPer10Minutes must be between 1 and 100000.")]
    public int RatingRequestsPer10Minutes { get; set; } = 120;

    /// <summary>Tracking lookups with the last 4 digits (/tra-cuu, posted) one client address may make in 10 minutes.</summary>
    [Range(1, 100_000, ErrorMessage = "Dossiers:TrackingChecksPer10Minutes must be between 1 and 100000.")]
    public int TrackingChecksPer10Minutes { get; set; } = 60;

    /// <summary>The standard forms (configuration section <c>Dossiers:Forms</c>).</summary>
    public DossierFormsOptions Forms { get; set; } = new();
}

/// <summary>Settings of the standard forms.</summary>
internal sealed class DossierFormsOptions
{
    /// <summary>The first day forms follow TT 03/2025/TT-VPCP (regime B); earlier forms follow TT 01/2018/TT-VPCP.</summary>
    public DateOnly RegimeBFrom { get; set; } = Forms.FormRegimes.DefaultSwitchDate;
}
