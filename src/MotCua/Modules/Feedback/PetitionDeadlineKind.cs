namespace MotCua.Modules.Feedback;

/// <summary>Which time limit a deadline row measures (ADR-046 §4; defaults in <see cref="FeedbackDeadlineOptions"/>).</summary>
internal enum PetitionDeadlineKind
{
    /// <summary>A refusal within 2 working days of the start; counted only when the PAKN is refused.</summary>
    Refuse = 1,

    /// <summary>The first request to clarify within 5; counted only when one is made.</summary>
    FirstClarification,

    /// <summary>Forwarding to the competent body within 5 (NĐ 20/2008 Điều 9); counted only when it happens.</summary>
    TransferOut,

    /// <summary>Processed within 15: an obligation, late once past its due day while still running.</summary>
    Process,

    /// <summary>Published within 2 of the approval: an obligation.</summary>
    Publish,
}
