namespace MotCua.Modules.Metrics.Scoring766;

/// <summary>The Bộ chỉ số 766 rules in force from <see cref="EffectiveFrom"/> (ADR-050).</summary>
internal sealed record FormulaSet(string Id, DateOnly EffectiveFrom, IReadOnlyList<IndicatorDefinition> Indicators)
{
    public bool IsProvisional => Indicators.Any(i => i.IsProvisional);

    public decimal MaxTotal => Indicators.Sum(i => i.MaxPoints);

    public IEnumerable<int> Groups => Indicators.Select(i => i.Group).Distinct().Order();

    public decimal GroupMax(int group) => Indicators.Where(i => i.Group == group).Sum(i => i.MaxPoints);

    public IndicatorDefinition? Find(string id) => Indicators.FirstOrDefault(i => i.Id == id);
}

/// <summary>The two Bộ chỉ số 766 formula sets and the choice between them by the start of the kỳ báo cáo.</summary>
internal static class Set766
{
    /// <summary>QĐ 766/QĐ-TTg was signed on 23/6/2022; no 766 score exists for periods starting before.</summary>
    public static readonly DateOnly Decision766Signed = new(2022, 6, 23);

    /// <summary>The 2022 set: QĐ 766/QĐ-TTg 23/6/2022 as "Mô tả công thức tính chỉ số 766" reproduces it; 100 points.</summary>
    public static readonly FormulaSet Set2022 = new("766-2022", Decision766Signed,
    [
        // Nhóm 1 — công khai, minh bạch, 18 points: max × ratio [V2: legal-rules §7]
        new("1.1", 1, 6m, Formula.Linear), // Mô tả công thức 766, 1.1 TTHC công bố đúng hạn [V2]
        new("1.2", 1, 4m, Formula.Linear), // Mô tả công thức 766, 1.2 cập nhật, công khai đúng hạn [V2]
        new("1.3", 1, 2m, Formula.Linear), // Mô tả công thức 766, 1.3 đủ bộ phận tạo thành (NĐ 63/2010 Điều 8 khoản 2) [V2]
        new("1.4", 1, 6m, Formula.Linear, IsEntered: true), // Mô tả công thức 766, 1.4 hồ sơ đồng bộ lên DVCQG [V2]
        // Nhóm 2 — tiến độ, kết quả giải quyết, 20 points
        new("2.1", 2, 20m, Formula.Linear), // Mô tả công thức 766, 2.1: 20 × đúng hạn / tiếp nhận, xử lý trong kỳ [V2]
        new("2.2", 2, 0m, Formula.Informational), // Mô tả công thức 766, 2.2 thời gian trung bình: no points [V2]
        // Nhóm 3 — dịch vụ công trực tuyến, 12 points: min(2, 2·A/0.8) + 4·B + min(6, 6·C/0.5)
        new("3.1", 3, 2m, Formula.FullAt80), // Mô tả công thức 766, 3.1 TTHC có DVCTT, đạt 80 % đủ điểm [V2]
        new("3.2", 3, 4m, Formula.Linear), // Mô tả công thức 766, 3.2 (bản cập nhật) DVC có hồ sơ trực tuyến [V2]
        new("3.3", 3, 6m, Formula.FullAt50), // Mô tả công thức 766, 3.3 hồ sơ trực tuyến, đạt 50 % đủ điểm [V2]
        // Nhóm 4 — thanh toán trực tuyến, 10 points: 6·A + min(2, 2.5·B) + min(2, 2.5·C)
        new("3.4", 4, 2m, Formula.FullAt80), // legal-rules §7 "TTHC có giao dịch TTTT" 2, min(2, 2.5·B); id inferred from the gap [R]
        new("3.5", 4, 2m, Formula.FullAt80), // Mô tả công thức 766, 3.5 TTHC có NVTC tích hợp thanh toán, đạt 80 % đủ điểm [V2]
        new("3.6", 4, 6m, Formula.Linear), // Mô tả công thức 766, 3.6 hồ sơ thanh toán trực tuyến; 6·A [V2]
        // Nhóm 5 — số hóa hồ sơ, 22 points
        new("4.1", 5, 6m, Formula.Linear), // Mô tả công thức 766, 4.1 kết quả giải quyết điện tử [V2]
        new("4.2", 5, 4m, Formula.FullAt80), // Mô tả công thức 766, 4.2 số hóa hồ sơ, đạt 80 % đủ điểm [V2]
        new("4.3", 5, 2m, Formula.FullAt80), // Mô tả công thức 766, 4.3 tái sử dụng dữ liệu số hóa, min(2, 2·r/80 %) [V2]
        new("4.4", 5, 4m, Formula.Linear, IsEntered: true), // Mô tả công thức 766, 4.4 kết nối kho dữ liệu cá nhân [V2]
        new("4.5a", 5, 2m, Formula.Linear, IsEntered: true), // Mô tả công thức 766, 4.5 dữ liệu dân cư, tỷ lệ TTHC [V2]
        new("4.5b", 5, 2m, Formula.Linear, IsEntered: true), // Mô tả công thức 766, 4.5 dữ liệu dân cư, tỷ lệ hồ sơ [V2]
        new("4.6", 5, 2m, Formula.Linear, IsEntered: true), // legal-rules §7 chứng thực điện tử 2; id ours [R]
        // Nhóm 6 — mức độ hài lòng, 18 points
        new("5.1", 6, 0m, Formula.Informational), // Mô tả công thức 766, 5.1 PAKN theo phân loại: no points [V2]
        new("5.2", 6, 6m, Formula.LinearFullIfNone), // Mô tả công thức 766, 5.2 PAKN đúng hạn; 6 if none [V2]
        new("5.3", 6, 6m, Formula.LinearFullIfNone), // Mô tả công thức 766, 5.3 hài lòng xử lý PAKN; 6 if none [V2]
        new("5.4", 6, 6m, Formula.FullAt90), // Mô tả công thức 766, 5.4 hài lòng tiếp nhận, giải quyết, đạt 90 % đủ điểm [V2]
    ]);

    /// <summary>
    /// The 2026 scoring sheet ("Công thức 766.xlsx", reporting-control-feedback §E [R]); effective from
    /// <see cref="MetricsOptions.Score766Set2026From"/>. Its DVCTT group is provisional: the sheet's formula is not reproduced.
    /// </summary>
    public static FormulaSet Set2026(DateOnly effectiveFrom) => new("766-2026", effectiveFrom,
    [
        .. Set2022.Indicators.Where(i => i.Group is 1 or 2),
        // Nhóm 3: 12 points on one row; the formula is "chưa xác định", max × ratio assumed (ADR-050) [R, provisional]
        new("3.toan-trinh", 3, 12m, Formula.Linear, IsProvisional: true), // Công thức 766.xlsx: hồ sơ toàn trình / hồ sơ TTHC đủ điều kiện toàn trình [R]
        new("3.1", 3, 0m, Formula.Informational), // Công thức 766.xlsx: 3.1 without points [R]
        new("3.chu-dong-tthc", 3, 0m, Formula.Informational), // Công thức 766.xlsx: TTHC cung cấp DVCTT chủ động theo mức độ, no points [R]
        new("3.chu-dong-ho-so", 3, 0m, Formula.Informational), // Công thức 766.xlsx: hồ sơ DVC chủ động theo mức độ, no points [R]
        new("3.3", 3, 0m, Formula.Informational), // Công thức 766.xlsx: 3.3 without points [R]
        // Nhóm 4: 2 + 2 + 6, as in 2022 (reconciled 08/10/2026) [R]; nhóm 5 lists chứng thực bản sao điện tử (2) [R]
        .. Set2022.Indicators.Where(i => i.Group is 4 or 5 or 6),
        new("5.cat-giam", 6, 0m, Formula.Informational), // Công thức 766.xlsx: hài lòng về cắt giảm, phân cấp, đơn giản hóa TTHC, no points [R]
    ]);

    /// <summary>The set in force for a kỳ báo cáo starting on <paramref name="periodStart"/>; null before QĐ 766.</summary>
    public static FormulaSet? For(DateOnly periodStart, DateOnly set2026From) =>
        periodStart < Decision766Signed ? null
        : periodStart >= set2026From ? Set2026(set2026From)
        : Set2022;

    public static FormulaSet? For(DateOnly periodStart, MetricsOptions options) => For(periodStart, options.Score766Set2026From);
}
