using MotCua.Modules.Catalog;
using MotCua.Modules.Metrics.Data;

namespace MotCua.Modules.Metrics.Facts;

/// <summary>
/// The documented way to read the facts (ADR-049, "Reading the facts"): each filter names the set of dossiers or procedure
/// versions a figure counts, so a page, a report or the API says "hồ sơ thanh toán trực tuyến" by name instead of
/// spelling columns. Filters compose with the period and agency filters of the reader (<c>ReceivedAt</c>, <c>EndedAt</c>,
/// <c>ResolvingAgencyId</c>, served by the table's indexes; <c>AgencyId</c>, the receiving desk's agency, only for desk counts). An agency's level (tỉnh, huyện, xã) is the agency's, read from the
/// organisation at read time, and becomes a list of agency ids here.
/// </summary>
internal static class FactsQueries
{
    /// <summary>Hồ sơ có nghĩa vụ tài chính (Bộ chỉ số 766, chỉ số 3.6's mẫu số).</summary>
    public static IQueryable<MetricDossier> WithFees(this IQueryable<MetricDossier> dossiers) => dossiers.Where(m => m.FeesRequested);

    /// <summary>Hồ sơ thanh toán trực tuyến (chỉ số 3.6's tử số).</summary>
    public static IQueryable<MetricDossier> PaidOnline(this IQueryable<MetricDossier> dossiers) => dossiers.Where(m => m.PaidOnline);

    /// <summary>Hồ sơ có kết quả giải quyết điện tử (chỉ số 4.1's tử số).</summary>
    public static IQueryable<MetricDossier> WithElectronicResult(this IQueryable<MetricDossier> dossiers) => dossiers.Where(m => m.ElectronicResult);

    /// <summary>Hồ sơ được đánh giá (chỉ số 5.4, TT 01/2018 chỉ số 1, 3, 4, 7).</summary>
    public static IQueryable<MetricDossier> Rated(this IQueryable<MetricDossier> dossiers) => dossiers.Where(m => m.RatedAt != null);

    /// <summary>Hồ sơ có đánh giá không hài lòng (chỉ số 5.4, with the PAKN on the dossier the Feedback module counts).</summary>
    public static IQueryable<MetricDossier> Dissatisfied(this IQueryable<MetricDossier> dossiers) => dossiers.Where(m => m.Satisfied == false);

    /// <summary>The dossiers received under a version of the field (lĩnh vực) <paramref name="fieldCode"/>.</summary>
    public static IQueryable<MetricDossier> InField(this IQueryable<MetricDossier> dossiers, IQueryable<MetricProcedureVersion> versions, string fieldCode) =>
        dossiers.Where(m => versions.Any(v => v.VersionId == m.ProcedureVersionId && v.FieldCode == fieldCode));

    /// <summary>The dossiers received under a version of a procedure with fees (chỉ số 3.6's scope).</summary>
    public static IQueryable<MetricDossier> OfProceduresWithFees(this IQueryable<MetricDossier> dossiers, IQueryable<MetricProcedureVersion> versions) =>
        dossiers.Where(m => versions.Any(v => v.VersionId == m.ProcedureVersionId && v.FeesApply));

    /// <summary>
    /// The dossiers whose figures count for one of <paramref name="agencyIds"/> (an agency, or the agencies of a level or a
    /// district): their competent agency once processing started, else the receiving agency (ADR-049, "Competent agency").
    /// </summary>
    public static IQueryable<MetricDossier> OfAgencies(this IQueryable<MetricDossier> dossiers, IReadOnlyCollection<Guid> agencyIds) =>
        dossiers.Where(m => agencyIds.Contains(m.ResolvingAgencyId));

    /// <summary>The dossiers whose figures count for <paramref name="agencyId"/> (as <see cref="OfAgencies"/>).</summary>
    public static IQueryable<MetricDossier> CountedFor(this IQueryable<MetricDossier> dossiers, Guid agencyId) =>
        dossiers.Where(m => m.ResolvingAgencyId == agencyId);

    /// <summary>The versions an agency decides, performs or coordinates: TTHC thuộc thẩm quyền (chỉ số 3.1's mẫu số).</summary>
    public static IQueryable<MetricProcedureVersion> OfAgency(this IQueryable<MetricProcedureVersion> versions, IQueryable<MetricProcedureAgency> agencies, Guid agencyId) =>
        versions.Where(v => agencies.Any(a => a.VersionId == v.VersionId && a.AgencyId == agencyId));

    /// <summary>The versions in force on <paramref name="day"/>: effective, not yet replaced, not abolished.</summary>
    public static IQueryable<MetricProcedureVersion> InForceOn(this IQueryable<MetricProcedureVersion> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveDate <= day && (v.ReplacedOn == null || v.ReplacedOn > day) && (v.AbolitionEffectiveDate == null || v.AbolitionEffectiveDate > day));

    /// <summary>The versions whose Quyết định công bố was signed from <paramref name="first"/> to <paramref name="last"/> (chỉ số 1.1, 1.2).</summary>
    public static IQueryable<MetricProcedureVersion> DecidedBetween(this IQueryable<MetricProcedureVersion> versions, DateOnly first, DateOnly last) =>
        versions.Where(v => v.DecisionDate >= first && v.DecisionDate <= last);

    /// <summary>The versions offered online at least at <paramref name="level"/> (toàn trình only, or một phần and toàn trình; chỉ số 3.1).</summary>
    public static IQueryable<MetricProcedureVersion> OnlineAtLeast(this IQueryable<MetricProcedureVersion> versions, OnlineServiceLevel level) =>
        level == OnlineServiceLevel.Full ? versions.Where(v => v.OnlineLevel == OnlineServiceLevel.Full)
            : level == OnlineServiceLevel.Partial ? versions.Where(v => v.OnlineLevel != OnlineServiceLevel.None)
            : versions;
}
