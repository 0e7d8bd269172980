using MotCua.Modules.Calendar;

namespace MotCua.Modules.Catalog.Data;

/// <summary>
/// Everything a version of a procedure says, as an editable value: what an editing form fills in and what
/// <see cref="Procedure.Revise"/> copies into the draft version. Published versions are never edited.
/// </summary>
internal sealed class ProcedureContent
{
    public string Name { get; set; } = "";

    public Guid FieldId { get; set; }

    /// <summary>Trình tự thực hiện; one step per line.</summary>
    public string Sequence { get; set; } = "";

    public SubmissionChannels Channels { get; set; }

    public int ProcessingTimeAmount { get; set; }

    public DeadlineUnit ProcessingTimeUnit { get; set; } = DeadlineUnit.WorkingDays;

    public TimeOnly CutOffTime { get; set; } = ProcessingTime.DefaultCutOff;

    public string? ProcessingTimeDescription { get; set; }

    /// <summary>The channels the cut-off applies to for this procedure (<see cref="SubmissionChannels.None"/> = none); null = the agency-wide setting.</summary>
    public SubmissionChannels? CutOffChannels { get; set; }

    /// <summary>The rule quoted for the cut-off; null = the configured source.</summary>
    public string? CutOffSource { get; set; }

    /// <summary>Đối tượng thực hiện.</summary>
    public string Subjects { get; set; } = "";

    /// <summary>Kết quả thực hiện.</summary>
    public string Result { get; set; } = "";

    /// <summary>Yêu cầu, điều kiện thực hiện, if any.</summary>
    public string? Requirements { get; set; }

    /// <summary>Địa điểm thực hiện, if it says more than the performing agencies.</summary>
    public string? Location { get; set; }

    public OnlineServiceLevel OnlineLevel { get; set; }

    public string? PartialOnlineReason { get; set; }

    /// <summary>The e-form (biểu mẫu điện tử) as JSON, already checked by <see cref="EFormDefinition.Parse"/>; null for none.</summary>
    public string? EForm { get; set; }

    public List<DossierComponent> DossierComponents { get; set; } = [];

    public List<ProcedureFee> Fees { get; set; } = [];

    public List<LegalBasis> LegalBases { get; set; } = [];

    /// <summary>Ngày có hiệu lực of the legal act the publication implements (Bộ chỉ số 766, 1.1; ADR-062).</summary>
    public DateOnly? LegalBasisEffectiveDate { get; set; }

    /// <summary>Cấp thực hiện, as <see cref="Organization.Data.AdministrativeLevel"/> ids.</summary>
    public List<Guid> LevelIds { get; set; } = [];

    public List<(Guid AgencyId, AgencyRole Role)> Agencies { get; set; } = [];
}
