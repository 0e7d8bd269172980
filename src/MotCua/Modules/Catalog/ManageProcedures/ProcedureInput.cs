using System.Text.Json.Serialization;

namespace MotCua.Modules.Catalog.ManageProcedures;

/// <summary>
/// One procedure's content as the edit form and the import/export files carry it: references by code, enumerations by
/// name, so the same shape is typed by a person, bound from a form and read from a file (ADR-007).
/// </summary>
internal sealed class ProcedureInput
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string FieldCode { get; set; } = "";

    public List<string> LevelCodes { get; set; } = [];

    public List<AgencyInput> Agencies { get; set; } = [];

    public string Sequence { get; set; } = "";

    /// <summary>Names of <see cref="Data.SubmissionChannels"/> flags.</summary>
    public List<string> Channels { get; set; } = [];

    public List<DossierComponentInput> DossierComponents { get; set; } = [];

    public int ProcessingTimeAmount { get; set; }

    /// <summary>A <see cref="Calendar.DeadlineUnit"/> name.</summary>
    public string ProcessingTimeUnit { get; set; } = "WorkingDays";

    /// <summary>Local time <c>HH:mm</c>.</summary>
    public string CutOffTime { get; set; } = "15:00";

    public string? ProcessingTimeDescription { get; set; }

    /// <summary>
    /// Names of the <see cref="Data.SubmissionChannels"/> whose dossiers received after <see cref="CutOffTime"/> count from
    /// the next working day under this procedure's own rule; empty = none (the time limit always starts at receipt);
    /// null = the agency-wide setting (ADR-032).
    /// </summary>
    public List<string>? CutOffChannels { get; set; }

    /// <summary>The rule the receipt quotes for this procedure's cut-off (e.g. its specialised law); empty = the configured source.</summary>
    public string? CutOffSource { get; set; }

    public string Subjects { get; set; } = "";

    public string Result { get; set; } = "";

    public string? Requirements { get; set; }

    public string? Location { get; set; }

    public List<FeeInput> Fees { get; set; } = [];

    public List<LegalBasisInput> LegalBases { get; set; } = [];

    /// <summary>Ngày có hiệu lực of the legal act the publication implements (Bộ chỉ số 766, 1.1; ADR-062); optional.</summary>
    public DateOnly? LegalBasisEffectiveDate { get; set; }

    /// <summary>A <see cref="Data.OnlineServiceLevel"/> name.</summary>
    public string OnlineLevel { get; set; } = "None";

    public string? PartialOnlineReason { get; set; }

    /// <summary>The e-form as JSON (docs/operations.md, "E-forms"); empty for none.</summary>
    public string? EForm { get; set; }

    /// <summary>Row of the file this came from (1-based), for error reports; not part of the content.</summary>
    [JsonIgnore]
    public int SourceRow { get; set; }
}

internal sealed class AgencyInput
{
    public string AgencyCode { get; set; } = "";

    /// <summary>An <see cref="Data.AgencyRole"/> name.</summary>
    public string Role { get; set; } = "Performing";

    [JsonIgnore]
    public int SourceRow { get; set; }

    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(AgencyCode);
}

internal sealed class DossierComponentInput
{
    public string Name { get; set; } = "";

    /// <summary>Names of <see cref="Data.DocumentForm"/> flags.</summary>
    public List<string> Forms { get; set; } = [];

    public int Count { get; set; } = 1;

    public bool IsRequired { get; set; } = true;

    public string? FormTemplateName { get; set; }

    public string? FormTemplateUrl { get; set; }

    public bool ReusableFromWallet { get; set; }

    public string? Note { get; set; }

    [JsonIgnore]
    public int SourceRow { get; set; }

    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(FormTemplateName)
        && string.IsNullOrWhiteSpace(FormTemplateUrl) && string.IsNullOrWhiteSpace(Note);
}

internal sealed class FeeInput
{
    public string Name { get; set; } = "";

    public long AmountVnd { get; set; }

    public string? Note { get; set; }

    [JsonIgnore]
    public int SourceRow { get; set; }

    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && AmountVnd == 0 && string.IsNullOrWhiteSpace(Note);
}

internal sealed class LegalBasisInput
{
    public string Number { get; set; } = "";

    public string? Title { get; set; }

    public DateOnly? IssuedOn { get; set; }

    [JsonIgnore]
    public int SourceRow { get; set; }

    [JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Title) && IssuedOn is null;
}
