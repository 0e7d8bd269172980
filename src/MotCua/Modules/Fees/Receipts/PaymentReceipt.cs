using System.Globalization;
using MotCua.Common.Data;
using MotCua.Common.Documents.Layout;
using MotCua.Common.Time;
using MotCua.Modules.Calendar;

namespace MotCua.Modules.Fees.Receipts;

/// <summary>
/// Biên lai thu phí, lệ phí — the printable form of the electronic receipt (NĐ 123/2020/NĐ-CP Điều 32: form and series
/// symbols, number, collecting organisation, payer, fee, amount, date, collector), A5.
/// </summary>
internal static class PaymentReceipt
{
    /// <summary>The currency's name, "đồng" in every language (Luật Ngân hàng Nhà nước Việt Nam 2010 Điều 17).</summary>
    public const string CurrencyName = "đồng";

    private const double Body = 10.5;

    public static byte[] Render(ReceiptData r) => PdfRenderer.Render(Build(r));

    public static DocumentModel Build(ReceiptData r)
    {
        var local = VietnamTime.ToLocal(r.PaidAt.AsInstant());
        var blocks = new List<Block>
        {
            new Paragraph([Run.B(r.AgencyName.ToUpperInvariant())], TextAlign.Center, 10),
            new Rule(0.3),
            new Paragraph([Run.B("BIÊN LAI THU PHÍ, LỆ PHÍ")], TextAlign.Center, 14, SpaceBefore: 6),
            new Paragraph([Run.I("(Bản thể hiện của biên lai điện tử)")], TextAlign.Center, 9, SpaceAfter: 6),
            new Columns(
                new Column(0.5, Line("Mẫu số: ", r.ReceiptForm), Line("Ký hiệu: ", r.ReceiptSeries)),
                new Column(0.5, new Paragraph(["Số: ", Run.B(r.Number.ToString("D7", CultureInfo.InvariantCulture))], TextAlign.Right, Body))),
            new Spacer(6),
            Line("Tên tổ chức thu: ", r.AgencyName),
            Line("Người nộp: ", r.Payer),
            Line("Địa chỉ: ", r.PayerAddress ?? "—"),
            Line("Mã hồ sơ: ", r.DossierCode ?? "(chưa cấp)"),
            Line("Thủ tục: ", r.ProcedureName),
            Line("Nội dung thu: ", r.Description),
            new Paragraph(["Số tiền: ", Run.B(DossierPayments.Money(r.Amount))], TextAlign.Left, Body + 1, SpaceAfter: 1),
            Line("Hình thức thanh toán: ", r.Via == PaymentMethod.Online
                ? "Trực tuyến" + (r.GatewayTransactionId is null ? "" : $" (mã giao dịch {r.GatewayTransactionId})")
                : "Tại Bộ phận Một cửa"),
            new Spacer(10),
            new Columns(
                new Column(0.5, new Paragraph([Run.B("Người nộp tiền")], TextAlign.Center, Body)),
                new Column(0.5,
                    new Paragraph([Run.I(local.ToString("'Ngày' dd 'tháng' MM 'năm' yyyy", CultureInfo.InvariantCulture))], TextAlign.Center, Body),
                    new Paragraph([Run.B("Người thu tiền")], TextAlign.Center, Body),
                    new Paragraph([Run.I(r.Via == PaymentMethod.Online ? "(thu qua cổng thanh toán)" : "(ký, ghi rõ họ tên)")], TextAlign.Center, 9))),
        };
        return new DocumentModel($"Biên lai thu phí, lệ phí số {r.Number:D7}", PageFormat.A5, blocks);
    }

    private static Paragraph Line(string label, string value) => new([label, new Run(value)], TextAlign.Left, Body, SpaceAfter: 1);
}
