namespace MotCua.Modules.Dossiers;

/// <summary>What the one-stop desk decides about a dossier it has checked.</summary>
internal enum DeskDecision
{
    /// <summary>Complete: accept, issue the code and the receipt (Mẫu 01).</summary>
    Accept,

    /// <summary>Incomplete: ask for completion (Mẫu 02).</summary>
    RequestCompletion,

    /// <summary>Not competent or not eligible: refuse (Mẫu 03).</summary>
    Refuse,
}

/// <summary>The counter's intake form, also the body the dossier API accepts; checked by <see cref="DeskIntake"/>.</summary>
internal sealed class IntakeInput
{
    /// <summary>
    /// Issued with the counter's empty form: the same form posted twice (a double click, a resent request) records one
    /// dossier. The API uses the Idempotency-Key header instead.
    /// </summary>
    public Guid? IntakeKey { get; set; }

    public string? ProcedureCode { get; set; }

    public string? ApplicantKind { get; set; } = nameof(Dossiers.ApplicantKind.Individual);

    public string? Name { get; set; }

    public string? IdentityNumber { get; set; }

    public string? TaxCode { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? ProxyName { get; set; }

    public string? ProxyIdentityNumber { get; set; }

    public string? ProxyPhone { get; set; }

    public string? Channel { get; set; } = nameof(SubmissionChannel.Direct);

    public string? ReturnMethod { get; set; } = nameof(Dossiers.ReturnMethod.Counter);

    public int SetCount { get; set; } = 1;

    public List<ComponentInput> Components { get; set; } = [];

    /// <summary>For a completion request: what else to complete; for a refusal: the reason.</summary>
    public string? Note { get; set; }
}

/// <summary>One catalogue component as checked at the desk.</summary>
internal sealed class ComponentInput
{
    public int Position { get; set; }

    public bool Provided { get; set; }

    /// <summary>
    /// Refused when true: a component is marked digitised only when its file is stored (attach it on the dossier page);
    /// kept so that a caller who sends it is told, not ignored.
    /// </summary>
    public bool Digitised { get; set; }

    /// <summary>Why the component needs no electronic copy (TT 03/2025/TT-VPCP Điều 5); empty when it will be digitised.</summary>
    public string? Exemption { get; set; }

    /// <summary>What is wrong with the paper, or what is missing, for Mẫu 02.</summary>
    public string? Problem { get; set; }
}
