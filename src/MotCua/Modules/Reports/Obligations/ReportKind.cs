namespace MotCua.Modules.Reports.Obligations;

/// <summary>
/// The reports an agency may owe the province (the catalogue of report obligations, ADR-060). New kinds are appended; the
/// stored value is the name, so the order never matters. Each kind's name and legal basis are the resources
/// <c>Kind_</c>+name and <c>KindBasis_</c>+name.
/// </summary>
internal enum ReportKind
{
    /// <summary>Biểu 06a: the dossier statistics table, whose figures the agency reports row by row.</summary>
    DossierStatistics,

    /// <summary>The periodic report on TTHC control and the one-stop work (NĐ 63/2010 Điều 35 khoản 3), sent as a signed document.</summary>
    ControlReport,
}

/// <summary>Where an obligation stands at an instant.</summary>
internal enum ObligationStatus
{
    /// <summary>Submitted before the end of the due day.</summary>
    Submitted,

    /// <summary>Submitted after the due day.</summary>
    SubmittedLate,

    /// <summary>Not submitted and the due day is over (thiếu, quá hạn).</summary>
    Overdue,

    /// <summary>Not submitted, the due day not over yet.</summary>
    NotYetDue,
}

/// <summary>Why a submission was sent: the first one, an addition (bổ sung) or a replacement (thay thế).</summary>
internal enum SubmissionPurpose
{
    First,
    Supplement,
    Replacement,
}

/// <summary>A submission's life: prepared (editable), submitted (frozen, in force), superseded by a later submission (frozen, kept).</summary>
internal enum SubmissionState
{
    Draft,
    Submitted,
    Superseded,
}
