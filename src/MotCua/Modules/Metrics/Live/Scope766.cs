namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// Whose Bộ chỉ số 766 is shown: the province (<see cref="AgencyId"/> null: every agency) or one agency, optionally narrowed
/// to one lĩnh vực or one TTHC (by code). Names are for headings only.
/// </summary>
internal sealed record Scope766(Guid? AgencyId, string? AgencyName, Guid? FieldId, string? FieldName, string? ProcedureCode)
{
    public bool IsProvince => AgencyId is null;

    /// <summary>Narrowed below an agency: entered chỉ số (per agency) are not shown for it.</summary>
    public bool IsNarrowed => FieldId is not null || ProcedureCode is not null;
}
