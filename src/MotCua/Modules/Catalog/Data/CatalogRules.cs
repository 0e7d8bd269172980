namespace MotCua.Modules.Catalog.Data;

/// <summary>The messages of the catalogue's business rules; the constant's name is the rule's name.</summary>
internal static class CatalogRules
{
    public const string CodeInvalid = "Mã thủ tục hành chính không được để trống, không chứa khoảng trắng và dài tối đa 20 ký tự.";
    public const string CodeFixedOncePublished = "Không thể đổi mã của thủ tục hành chính đã được công bố.";
    public const string OnlyDraftsAreEdited = "Chỉ được sửa nội dung của phiên bản dự thảo; phiên bản đã công bố không thể sửa.";
    public const string NothingToPublish = "Không có phiên bản dự thảo nào để công bố.";
    public const string DecisionOlderThanCurrent = "Quyết định mới không được có ngày ký trước quyết định công bố phiên bản đang có hiệu lực.";
    public const string OnlyPublishedAreAmended = "Chỉ được sửa đổi, bổ sung thủ tục hành chính đang có hiệu lực.";
    public const string OneDraftAtATime = "Thủ tục hành chính này đã có một phiên bản dự thảo đang soạn.";
    public const string OnlyAmendmentsAreDiscarded = "Chỉ được hủy dự thảo sửa đổi của thủ tục hành chính đang có hiệu lực.";
    public const string OnlyPublishedAreAbolished = "Chỉ được bãi bỏ thủ tục hành chính đã được công bố.";
    public const string DiscardDraftBeforeAbolishing = "Hãy hủy dự thảo sửa đổi trước khi bãi bỏ thủ tục hành chính.";
    public const string AbolishedIsFinal = "Thủ tục hành chính đã bị bãi bỏ, không thể thay đổi.";
    public const string DecisionNumberRequired = "Số quyết định không được để trống và dài tối đa 100 ký tự.";
    public const string EffectiveBeforeSigned = "Ngày có hiệu lực không được trước ngày ký quyết định.";
    public const string IncompleteProcedure = "Thủ tục hành chính chưa đủ bộ phận tạo thành để công bố:";
    public const string NameRequired = "Thiếu tên thủ tục.";
    public const string FieldRequired = "Thiếu lĩnh vực.";
    public const string SequenceRequired = "Thiếu trình tự thực hiện.";
    public const string ChannelRequired = "Thiếu cách thức thực hiện.";
    public const string DossierRequired = "Thiếu thành phần, số lượng hồ sơ.";
    public const string ProcessingTimeRequired = "Thiếu thời hạn giải quyết.";
    public const string SubjectsRequired = "Thiếu đối tượng thực hiện.";
    public const string AgencyRequired = "Thiếu cơ quan thực hiện.";
    public const string LevelRequired = "Thiếu cấp thực hiện.";
    public const string ResultRequired = "Thiếu kết quả thực hiện.";
    public const string FeeInvalid = "Phí, lệ phí phải có tên và số tiền không âm.";
    public const string LegalBasisRequired = "Thiếu căn cứ pháp lý.";
    public const string OnlineLevelNeedsOnlineChannel = "Dịch vụ công trực tuyến phải có cách thức nộp trực tuyến.";
    public const string PartialReasonRequired = "Dịch vụ công trực tuyến một phần phải nêu lý do chưa cung cấp toàn trình.";
}
