using MotCua.Common.Localization;
using MotCua.Modules.Feedback;

namespace MotCua.Modules.Integration.Open311;

/// <summary>The GeoReport v2 services: one per PAKN category, with the attributes a request may carry (ADR-046 §8).</summary>
internal static class Open311Services
{
    public const string ProcedureCode = "ma_tthc";
    public const string LegalDocument = "so_ky_hieu_van_ban";
    public const string LegalArticle = "dieu_khoan";
    public const string DossierCode = "ma_ho_so";
    public const string SenderKind = "loai_nguoi_gui";
    public const string Consent = "dong_y_cong_khai";

    public const string Person = "ca_nhan";
    public const string Organisation = "to_chuc";
    public const string Yes = "co";
    public const string No = "khong";

    public static Open311Object Service(PetitionCategory category) => Open311Document.Object(
        ("service_code", category.ServiceCode()),
        ("service_name", FeedbackNames.Category(category)),
        ("description", Text("Open311_Service_" + category)),
        ("metadata", true),
        ("type", "realtime"),
        ("keywords", Text("Open311_Keywords")),
        ("group", Text(category.IsAboutRegulation() ? "Open311_Group_Regulation" : "Open311_Group_Conduct")));

    /// <summary>The service definition: every attribute optional.</summary>
    public static Open311Object Definition(PetitionCategory category)
    {
        var attributes = new List<object?>
        {
            Attribute(ProcedureCode, "string", 1),
            Attribute(LegalDocument, "string", 2),
            Attribute(LegalArticle, "string", 3),
        };
        if (!category.IsAboutRegulation())
        {
            attributes.Add(Attribute(DossierCode, "string", 4));
        }

        attributes.Add(Attribute(SenderKind, "singlevaluelist", 5, Person, Organisation));
        attributes.Add(Attribute(Consent, "singlevaluelist", 6, Yes, No));
        return Open311Document.Object(("service_code", category.ServiceCode()), ("attributes", new Open311List("attribute", attributes)));
    }

    /// <summary>The attributes a request of <paramref name="category"/> may carry (others are ignored).</summary>
    public static bool Accepts(PetitionCategory category, string code) =>
        code is ProcedureCode or LegalDocument or LegalArticle or SenderKind or Consent || (code == DossierCode && !category.IsAboutRegulation());

    private static Open311Object Attribute(string code, string datatype, int order, params string[] values) => Open311Document.Object(
        ("variable", true),
        ("code", code),
        ("datatype", datatype),
        ("required", false),
        ("datatype_description", Text("Open311_AttributeType_" + code)),
        ("order", order),
        ("description", Text("Open311_Attribute_" + code)),
        ("values", new Open311List("value", [.. values.Select(v => (object?)Open311Document.Object(("key", v), ("name", Text("Open311_Value_" + v))))])));

    private static string Text(string key) => ResourceText.Get<IntegrationText>(key);
}
