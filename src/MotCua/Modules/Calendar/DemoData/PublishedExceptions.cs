using static MotCua.Modules.Calendar.CalendarExceptionKind;

namespace MotCua.Modules.Calendar.DemoData;

/// <summary>The Prime Minister's published holiday arrangements for 2025 and 2026 (docs: legal-rules §5), seeded province-wide.</summary>
internal static class PublishedExceptions
{
    private const string Tet2025 = "BLLĐ 2019 Điều 112 khoản 3; lịch nghỉ Tết Ất Tỵ 25/01–02/02/2025 do Thủ tướng Chính phủ quyết định";
    private const string Swap2025 = "Công văn 8726/VPCP-KGVX (hoán đổi ngày làm việc dịp 30/4–01/5/2025)";
    private const string Tet2026 = "BLLĐ 2019 Điều 112 khoản 3; lịch nghỉ Tết Bính Ngọ 14/02–22/02/2026 do Thủ tướng Chính phủ quyết định";
    private const string NationalDay2026 = "Công văn 9859/VPCP-KGVX/2025 (nghỉ Quốc khánh 29/8–02/9/2026)";

    public static IReadOnlyList<CalendarExceptionDay> All { get; } =
    [
        new(new DateOnly(2025, 1, 27), TetDay, "Tết Nguyên đán (28 tháng Chạp)", Tet2025),
        new(new DateOnly(2025, 1, 28), TetDay, "Tết Nguyên đán (29 tháng Chạp)", Tet2025),
        new(new DateOnly(2025, 1, 29), TetDay, "Tết Nguyên đán (mùng 1)", Tet2025),
        new(new DateOnly(2025, 1, 30), TetDay, "Tết Nguyên đán (mùng 2)", Tet2025),
        new(new DateOnly(2025, 1, 31), TetDay, "Tết Nguyên đán (mùng 3)", Tet2025),
        new(new DateOnly(2025, 4, 26), SwapWork, "Làm bù cho Thứ Sáu 02/5/2025", Swap2025),
        new(new DateOnly(2025, 5, 2), SwapOff, "Nghỉ hoán đổi (làm bù Thứ Bảy 26/4/2025)", Swap2025),
        new(new DateOnly(2025, 9, 1), NationalDayAdjacent, "Quốc khánh (ngày liền kề)", "BLLĐ 2019 Điều 112 khoản 1 điểm đ; lịch nghỉ Quốc khánh 2025 do Thủ tướng Chính phủ quyết định"),
        new(new DateOnly(2026, 2, 16), TetDay, "Tết Nguyên đán (30 tháng Chạp)", Tet2026),
        new(new DateOnly(2026, 2, 17), TetDay, "Tết Nguyên đán (mùng 1)", Tet2026),
        new(new DateOnly(2026, 2, 18), TetDay, "Tết Nguyên đán (mùng 2)", Tet2026),
        new(new DateOnly(2026, 2, 19), TetDay, "Tết Nguyên đán (mùng 3)", Tet2026),
        new(new DateOnly(2026, 2, 20), TetDay, "Tết Nguyên đán (mùng 4)", Tet2026),
        new(new DateOnly(2026, 4, 27), Compensatory, "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4/2026)", "BLLĐ 2019 Điều 111 khoản 3"),
        new(new DateOnly(2026, 8, 22), SwapWork, "Làm bù cho Thứ Hai 31/8/2026", NationalDay2026),
        new(new DateOnly(2026, 8, 31), SwapOff, "Nghỉ hoán đổi (làm bù Thứ Bảy 22/8/2026)", NationalDay2026),
        new(new DateOnly(2026, 9, 1), NationalDayAdjacent, "Quốc khánh (ngày liền kề)", NationalDay2026),
    ];
}
