namespace MotCua.Modules.Metrics.Live;

/// <summary>
/// Whose Bộ chỉ số 766 is shown: the province (<see cref="AgencyId"/> null: every agency) or one agency, optionally narrowed
/// to one lĩnh vực or one TTHC (by code), or one cấp (<see cref="LevelCode"/> TINH, HUYEN, XA: the agencies
/// <see cref="LevelAgencies"/> of that administrative level together). Names are for headings only.
/// </summary>
internal sealed record Scope766(
    Guid? AgencyId, string? AgencyName, Guid? FieldId, string? FieldName, string? ProcedureCode,
    string? LevelCode = null, string? LevelName = null, IReadOnlyList<Guid>? LevelAgencies = null)
{
    public bool IsProvince => AgencyId is null && LevelCode is null;

    /// <summary>The agencies of one cấp together (statistics by level).</summary>
    public bool IsLevel => AgencyId is null && LevelCode is not null;

    /// <summary>The agencies whose figures count: one, those of the level, or null for every agency (the province).</summary>
    public IReadOnlyList<Guid>? Agencies => AgencyId is { } agency ? [agency] : LevelAgencies;

    /// <summary>Narrowed below an agency: entered chỉ số (per agency) are not shown for it.</summary>
    public bool IsNarrowed => FieldId is not null || ProcedureCode is not null;
}
