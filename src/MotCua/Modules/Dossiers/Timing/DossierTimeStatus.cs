namespace MotCua.Modules.Dossiers.Timing;

/// <summary>
/// The two time notions of one dossier, never mixed on one label: the legal status against the date the applicant
/// holds, and the national statistic (Bộ chỉ số 766, chỉ số 2.1) against the original appointment with supplement
/// time paused (docs/glossary.md, "Dossiers: time rules"; ADR-028).
/// </summary>
internal sealed record DossierTimeStatus(LegalTimeResult Legal, OnTimeResult Statistic);
