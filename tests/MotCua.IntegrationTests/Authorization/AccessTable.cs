using MotCua.Modules.Organization;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.IntegrationTests.Authorization;

/// <summary>
/// THE table of who may use which page and API route. <see cref="RouteAccessTests"/> walks every route of the running
/// application for anonymous visitors and every demo account, and fails for any route this table does not classify.
/// To classify a new route add an <see cref="Exact"/> entry (with a demo address and the status an allowed caller gets)
/// or rely on a <see cref="Prefix"/> rule; the longest matching prefix wins, exact entries win over prefixes.
/// </summary>
internal static class AccessTable
{
    public static readonly IReadOnlyList<AccessRule> Rules =
    [
        // Portal and platform.
        Exact("GET", "/", Audience.Everyone),
        Exact("GET", "/error/{code:int?}", Audience.Everyone, sample: _ => "/error/404"),
        Exact("GET", "/health", Audience.Everyone),
        Exact("GET", "/openapi/{documentName}.json", Audience.Everyone, sample: _ => "/openapi/v1.json"),
        Exact("GET", "/culture/{name}", Audience.Everyone, sample: _ => "/culture/vi", status: 302),
        // Portal's public pages: anyone tracks by code; the rating kiosk needs no sign-in, the dossier code and 4 digits of
        // the applicant's phone or ID number prove the dossier.
        Exact("GET", "/tra-cuu", Audience.Everyone),
        Exact("GET", "/danh-gia", Audience.Everyone),

        // Accounts.
        Exact("GET", "/account/login", Audience.Everyone),
        Exact("GET", "/account/logout", Audience.Everyone, status: 302),
        Exact("GET", "/account/denied", Audience.Everyone, status: 403),

        // Citizen accounts: registration, codes, reset and external sign-in are open; the account pages are the citizen's own
        // (Policies.Citizen). Code pages with an unknown id say the code is spent; unknown organisations answer 404.
        Exact("GET", "/tai-khoan/dang-ky", Audience.Everyone),
        Exact("GET", "/tai-khoan/xac-thuc/{id:guid}", Audience.Everyone, sample: _ => "/tai-khoan/xac-thuc/" + Guid.Empty),
        Exact("GET", "/tai-khoan/quen-mat-khau", Audience.Everyone),
        Exact("GET", "/tai-khoan/dat-lai-mat-khau/{id:guid}", Audience.Everyone, sample: _ => "/tai-khoan/dat-lai-mat-khau/" + Guid.Empty),
        Exact("GET", "/tai-khoan/dang-nhap-ngoai/{scheme}", Audience.Everyone, sample: _ => "/tai-khoan/dang-nhap-ngoai/VNeID", status: 404),
        Exact("GET", "/tai-khoan/dang-nhap-ngoai/ket-qua", Audience.Everyone),
        Prefix("*", "/tai-khoan", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/tai-khoan", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/tai-khoan/lien-he", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/tai-khoan/lien-he/{id:guid}", Audience.Roles(Roles.Citizen), sample: _ => "/tai-khoan/lien-he/" + Guid.Empty),
        Exact("GET", "/tai-khoan/doi-mat-khau", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/tai-khoan/to-chuc", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/tai-khoan/to-chuc/{id:guid}", Audience.Roles(Roles.Citizen), sample: _ => "/tai-khoan/to-chuc/" + Guid.Empty, status: 404),
        Exact("GET", "/tai-khoan/to-chuc/nhan-loi-moi/{id:guid?}", Audience.Roles(Roles.Citizen), sample: _ => "/tai-khoan/to-chuc/nhan-loi-moi"),

        // Portal: the citizen's own applications, dossiers, wallet and notices (Policies.Citizen); other ids answer 404.
        Exact("GET", "/dich-vu-cong/{code}", Audience.Roles(Roles.Citizen), sample: _ => "/dich-vu-cong/1.010807"),
        Exact("GET", "/ho-so-truc-tuyen/{id:guid}", Audience.Roles(Roles.Citizen), sample: _ => "/ho-so-truc-tuyen/" + Guid.Empty, status: 404),
        Exact("GET", "/ho-so-cua-toi", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/kho-du-lieu", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/thong-bao", Audience.Roles(Roles.Citizen)),
        Exact("GET", "/kho-du-lieu/{id:guid}/tep", Audience.Roles(Roles.Citizen), sample: _ => $"/kho-du-lieu/{Guid.Empty}/tep", status: 404),
        Exact("GET", "/ho-so-cua-toi/{id:guid}", Audience.Roles(Roles.Citizen), sample: _ => "/ho-so-cua-toi/" + Guid.Empty, status: 404),
        Exact("GET", "/ho-so-cua-toi/{id:guid}/tep/{fileId:guid}", Audience.Roles(Roles.Citizen), sample: _ => $"/ho-so-cua-toi/{Guid.Empty}/tep/{Guid.Empty}", status: 404),
        Exact("GET", "/ho-so-cua-toi/{id:guid}/danh-gia", Audience.Roles(Roles.Citizen), sample: _ => $"/ho-so-cua-toi/{Guid.Empty}/danh-gia", status: 404),

        // Fees: the gateway's callback is open (its HMAC signature is the check; a JSON body is refused with 400); the simulated
        // gateway's page (Development and Testing only, ADR-025) is open like a real gateway's; staff who may open a dossier see its fees and receipts.
        Exact("POST", "/api/v1/payments/callback", Audience.Everyone, status: 400),
        Exact("GET", "/cong-thanh-toan-mo-phong/{order}", Audience.Everyone, sample: _ => "/cong-thanh-toan-mo-phong/MC000000", status: 404),
        Exact("GET", "/dossiers/{id:guid}/payments", Audience.Roles([.. Roles.Staff]), sample: _ => $"/dossiers/{Guid.Empty}/payments", status: 404),
        Exact("GET", "/dossiers/{id:guid}/payments/{requestId:guid}/receipt", Audience.Roles([.. Roles.Staff]), sample: _ => $"/dossiers/{Guid.Empty}/payments/{Guid.Empty}/receipt", status: 404),
        Exact("GET", "/payments/reconciliation", Audience.Roles(Roles.CounterOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader)),
        Exact("GET", "/ho-so-cua-toi/{id:guid}/bien-lai/{requestId:guid}", Audience.Roles(Roles.Citizen), sample: _ => $"/ho-so-cua-toi/{Guid.Empty}/bien-lai/{Guid.Empty}", status: 404),

        // Organisation administration: system administrators only (Policies.ManageOrganization).
        Prefix("*", "/admin", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/admin", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/admin/agencies", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/admin/agencies/edit/{id:guid?}", Audience.Roles(Roles.SystemAdmin), sample: ids => $"/admin/agencies/edit/{ids.Agency}"),
        Exact("GET", "/admin/agencies/{agencyId:guid}/units", Audience.Roles(Roles.SystemAdmin), sample: ids => $"/admin/agencies/{ids.Agency}/units"),
        Exact("GET", "/admin/agencies/{agencyId:guid}/units/edit/{id:guid?}", Audience.Roles(Roles.SystemAdmin), sample: ids => $"/admin/agencies/{ids.Agency}/units/edit/{ids.Unit}"),
        Exact("GET", "/admin/levels", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/admin/levels/edit/{id:guid?}", Audience.Roles(Roles.SystemAdmin), sample: ids => $"/admin/levels/edit/{ids.Level}"),
        Exact("GET", "/admin/people", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/admin/people/edit/{id:guid?}", Audience.Roles(Roles.SystemAdmin), sample: ids => $"/admin/people/edit/{ids.Person}"),
        // Notification outbox (Policies.ManageOrganization): list, filter, retry now.
        Exact("GET", "/admin/notifications", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/admin/integrity", Audience.Roles(Roles.SystemAdmin)),

        // Business calendar: public view; yearly exceptions are edited by system administrators (Policies.ManageCalendar).
        Prefix("GET", "/calendar", Audience.Everyone),
        Prefix("*", "/calendar/exceptions", Audience.Roles(Roles.SystemAdmin)),
        Prefix("*", "/calendar/schedules", Audience.Roles(Roles.SystemAdmin)),
        Exact("GET", "/calendar/schedules/edit/{agencyId:guid}", Audience.Roles(Roles.SystemAdmin), sample: ids => $"/calendar/schedules/edit/{ids.Agency}"),

        // Procedure catalogue: public pages; control officers edit under /catalog (Policies.ManageCatalog).
        Prefix("GET", "/procedures", Audience.Everyone),
        Prefix("*", "/catalog", Audience.Roles(Roles.ControlOfficer, Roles.SystemAdmin)),

        // Dossiers: counter officers receive (Policies.ReceiveDossiers); staff open the dossiers of their agency.
        Exact("GET", "/dossiers", Audience.Roles([.. Roles.Staff])),
        Exact("GET", "/dossiers/receive", Audience.Roles(Roles.CounterOfficer)),
        Exact("GET", "/dossiers/{id:guid}", Audience.Roles([.. Roles.Staff]), sample: _ => "/dossiers/" + Guid.Empty, status: 404),
        Exact("GET", "/dossiers/{id:guid}/forms/{kind}", Audience.Roles([.. Roles.Staff]), sample: _ => $"/dossiers/{Guid.Empty}/forms/receipt", status: 404),
        Exact("GET", "/dossiers/{id:guid}/forms/{kind}/html", Audience.Roles([.. Roles.Staff]), sample: _ => $"/dossiers/{Guid.Empty}/forms/receipt/html", status: 404),
        // Attachments: staff who may open the dossier read its files; the agency's own desk, specialists and leaders attach
        // (Policies.HandleDossiers). Unknown or other agencies' ids answer 404.
        Exact("GET", "/dossiers/{id:guid}/attachments", Audience.Roles(Roles.CounterOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader),
            sample: _ => $"/dossiers/{Guid.Empty}/attachments", status: 404),
        Exact("GET", "/dossiers/{id:guid}/attachments/{attachmentId:guid}", Audience.Roles([.. Roles.Staff]),
            sample: _ => $"/dossiers/{Guid.Empty}/attachments/{Guid.Empty}", status: 404),
        // Sổ theo dõi hồ sơ of the staff member's agency; the exports answer 400 with a message to a province-wide officer who names no agency.
        Exact("GET", "/dossiers/ledger", Audience.Roles([.. Roles.Staff])),
        Exact("GET", "/dossiers/ledger.xlsx", Audience.Roles([.. Roles.Staff]), status: null),
        Exact("GET", "/dossiers/ledger.pdf", Audience.Roles([.. Roles.Staff]), status: null),
        Exact("GET", "/worklist", Audience.Roles([.. Roles.Staff])),

        // Counter queue: the kiosk, a ticket and the calling display need no sign-in (no personal data); counter officers call
        // numbers (Policies.ReceiveDossiers); staff see their agency's waiting times.
        Exact("GET", "/xep-hang/{agency}", Audience.Everyone, sample: _ => "/xep-hang/" + DemoProvince.ServiceCentre),
        Exact("GET", "/xep-hang/{agency}/so/{id:guid}", Audience.Everyone, sample: _ => $"/xep-hang/{DemoProvince.ServiceCentre}/so/{Guid.Empty}", status: 404),
        Exact("GET", "/man-hinh/{agency}", Audience.Everyone, sample: _ => "/man-hinh/" + DemoProvince.ServiceCentre),
        Exact("GET", "/queue", Audience.Roles(Roles.CounterOfficer)),
        Exact("GET", "/queue/stats", Audience.Roles([.. Roles.Staff])),
        Exact("GET", "/queue/groups", Audience.Roles(Roles.SystemAdmin)),

        // Integration API: service accounts with an API key only (Policies.IntegrationApi); no person's cookie passes.
        Prefix("*", "/api/v1/dossiers", Audience.ServiceAccounts),
        Prefix("*", "/api/v1/feedback", Audience.ServiceAccounts),

        // Open311 GeoReport v2 (ADR-046 §8): reading is public and never shows personal data. Posting carries its API key in the form
        // (api_key, as the spec has it), so the handler checks it and answers 403 in the spec's error list (Open311ApiTests); a body
        // that is not a form is refused before that (415).
        Exact("GET", "/open311/v2/discovery.{format}", Audience.Everyone, sample: _ => "/open311/v2/discovery.json"),
        Exact("GET", "/open311/v2/services.{format}", Audience.Everyone, sample: _ => "/open311/v2/services.xml"),
        Exact("GET", "/open311/v2/services/{service_code}.{format}", Audience.Everyone, sample: _ => "/open311/v2/services/delay.json"),
        Exact("GET", "/open311/v2/requests.{format}", Audience.Everyone, sample: _ => "/open311/v2/requests.json"),
        Exact("GET", "/open311/v2/requests/{service_request_id}.{format}", Audience.Everyone, sample: _ => "/open311/v2/requests/PAKN.20260101.9999.json", status: 404),
        Exact("POST", "/open311/v2/requests.{format}", Audience.Everyone, sample: _ => "/open311/v2/requests.json", status: 415),

        // Internal processes: control officers and system administrators (Policies.ManageCatalog; agency scope in the pages).
        Prefix("*", "/workflows", Audience.Roles(Roles.ControlOfficer, Roles.SystemAdmin)),

        // Standard form templates with sample data, for control officers to check (Policies.ManageCatalog).
        Exact("GET", "/forms/preview/{kind}", Audience.Roles(Roles.ControlOfficer, Roles.SystemAdmin), sample: _ => "/forms/preview/receipt"),

        // Public read API. Writing API routes must be classified one by one.
        Prefix("GET", "/api/v1", Audience.Everyone),

        // Integration API: service accounts with an API key only (Policies.IntegrationApi, ADR-012); people are refused with 401.
        Exact("GET", "/api/v1/integration/whoami", Audience.ServiceAccounts),

        // Catalogue import/export for control officers (Policies.ManageCatalog).
        Prefix("*", "/api/v1/catalog", Audience.Roles(Roles.ControlOfficer, Roles.SystemAdmin)),

        // Feedback (PAKN) staff pages: the handlers of the agency and the province-wide roles read (Policies.ReadFeedback; acting
        // needs Policies.HandleFeedback); the desk transcribes (Policies.ReceiveFeedback). Unknown or other agencies' ids answer 404.
        Exact("GET", "/feedback", FeedbackReaders),
        Exact("GET", "/feedback/{id:guid}", FeedbackReaders, sample: _ => "/feedback/" + Guid.Empty, status: 404),
        Exact("GET", "/feedback/{id:guid}/attachments/{attachmentId:guid}", FeedbackReaders,
            sample: _ => $"/feedback/{Guid.Empty}/attachments/{Guid.Empty}", status: 404),
        Exact("GET", "/feedback/desk", Audience.Roles(Roles.ControlOfficer, Roles.CounterOfficer)),
        // Sổ theo dõi PAKN of the reader's agency (Policies.ReadFeedback + agency scope); the exports answer 400 with a message to a province-wide officer who names no agency.
        Exact("GET", "/feedback/book", FeedbackReaders),
        Exact("GET", "/feedback/book.xlsx", FeedbackReaders, status: null),
        Exact("GET", "/feedback/book.pdf", FeedbackReaders, status: null),
        Exact("GET", "/feedback/book.docx", FeedbackReaders, status: null),
        // Feedback: published answers are public (an unknown code is a 404); review proposals are the control officers' (Policies.ManageCatalog).
        Exact("GET", "/phan-anh-kien-nghi", Audience.Everyone),
        Exact("GET", "/phan-anh-kien-nghi/{code}", Audience.Everyone, sample: _ => "/phan-anh-kien-nghi/PAKN.20200101.0001", status: 404),
        Exact("GET", "/feedback/proposals", Audience.Roles(Roles.ControlOfficer, Roles.SystemAdmin)),
        // Feedback's citizen pages (ADR-046): anyone sends and tracks a PAKN (the check digits or the sender's account show
        // the details); the receipt is only for the browser that sent it (others are sent to tracking); a citizen's own list.
        Exact("GET", "/gui-pakn", Audience.Everyone),
        Exact("GET", "/gui-pakn/bien-nhan", Audience.Everyone, status: 302),
        Exact("GET", "/tra-cuu-pakn", Audience.Everyone),
        Exact("GET", "/pakn-cua-toi", Audience.Roles(Roles.Citizen)),
        // Feedback: the published answers of the officer's agency (every agency's for the province-wide roles), as the inbox.
        Exact("GET", "/feedback/published", FeedbackReaders),

        // Reports: the statistics table of the reader's agency (every agency and the whole province for the province-wide roles),
        // for the agency's control office and leaders (Policies.ReadReports); the files answer 400 to a bad query. The drill-down
        // without a column shows a message. The API is for service accounts, their own agency only (403 for another).
        Exact("GET", "/reports/statistics", ReportReaders),
        Exact("GET", "/reports/statistics/dossiers", ReportReaders),
        Exact("GET", "/reports/statistics.xlsx", ReportReaders, status: null),
        Exact("GET", "/reports/statistics/dossiers.xlsx", ReportReaders, status: null),
        Exact("GET", "/api/v1/reports/statistics", Audience.ServiceAccounts),
        // Staff homes (ADR-055): every staff role has its home at /home (the system administrator is sent to /admin); a home
        // of a role the person lacks is refused (any status but a refusal: the administrator is redirected).
        Exact("GET", "/home/{kind?}", Audience.Roles([.. Roles.Staff]), sample: _ => "/home", status: null),
        // Bộ chỉ số 766 live (ADR-054): province-wide roles any scope, the control officer and the agency leader their agency; the
        // drill-down and its export likewise; evidence files of entered figures for the agency in scope (an unknown id is a 404);
        // figures are entered by the agency's control officer or a province officer. The API is for service accounts, own agency.
        Exact("GET", "/metrics/766", Score766Readers),
        Exact("GET", "/metrics/766/{indicator}/items", Score766Readers, sample: _ => "/metrics/766/2.1/items"),
        Exact("GET", "/metrics/766/{indicator}/items.xlsx", Score766Readers, sample: _ => "/metrics/766/2.1/items.xlsx", status: null),
        Exact("GET", "/metrics/766/evidence/{id:guid}", Score766Readers, sample: _ => "/metrics/766/evidence/" + Guid.Empty, status: 404),
        Exact("GET", "/metrics/766/nhap", Audience.Roles(Roles.ControlOfficer, Roles.ProvinceOfficer)),
        Prefix("*", "/api/v1/metrics", Audience.ServiceAccounts),
        // Reports: the statistics table as Word and PDF, for the same readers as its .xlsx (400 to a bad query).
        Exact("GET", "/reports/statistics.docx", ReportReaders, status: null),
        Exact("GET", "/reports/statistics.pdf", ReportReaders, status: null),
        // Bộ chỉ số 766 rankings, trend and public scoreboard (ADR-054, appended section): the ranking compares every agency, so
        // only the province-wide roles open it (others are refused, not shown their own row); the trend has the 766 page's
        // readers and scope; the scoreboard is public and shows aggregates only.
        Exact("GET", "/metrics/766/xep-hang", Audience.Roles(Roles.ProvinceOfficer, Roles.SystemAdmin)),
        Exact("GET", "/metrics/766/xu-huong", Score766Readers),
        Exact("GET", "/chi-so-766", Audience.Everyone),
        // Periodic control reports (ADR-059): the list for the report readers (their scope's reports); a report and its files
        // answer 404 to an unknown or another agency's id; the edit page for the drafters (control officer, province officer).
        Exact("GET", "/reports/control", ReportReaders),
        Exact("GET", "/reports/control/{id:guid}", ReportReaders, sample: _ => "/reports/control/" + Guid.Empty, status: 404),
        Exact("GET", "/reports/control/{id:guid}/edit", Audience.Roles(Roles.ControlOfficer, Roles.ProvinceOfficer), sample: _ => $"/reports/control/{Guid.Empty}/edit", status: 404),
        Exact("GET", "/reports/control/{id:guid}.docx", ReportReaders, sample: _ => $"/reports/control/{Guid.Empty}.docx", status: 404),
        Exact("GET", "/reports/control/{id:guid}.pdf", ReportReaders, sample: _ => $"/reports/control/{Guid.Empty}.pdf", status: 404),
        Exact("GET", "/reports/control/{id:guid}.xlsx", ReportReaders, sample: _ => $"/reports/control/{Guid.Empty}.xlsx", status: 404),
        // Report obligations (ADR-060): the list and an obligation for the report readers (their agency's only; another
        // agency's or an unknown id is a 404, as is a signed file); the schedule for the province officer who sets it; the
        // consolidated table and its .xlsx for the province-wide roles (400 to a bad query).
        Exact("GET", "/reports/obligations", ReportReaders),
        Exact("GET", "/reports/obligations/{id:guid}", ReportReaders, sample: _ => "/reports/obligations/" + Guid.Empty, status: 404),
        Exact("GET", "/reports/obligations/{id:guid}/compare", ReportReaders, sample: _ => $"/reports/obligations/{Guid.Empty}/compare", status: 404),
        Exact("GET", "/reports/obligations/{id:guid}/files/{submission:guid}", ReportReaders, sample: _ => $"/reports/obligations/{Guid.Empty}/files/{Guid.Empty}", status: 404),
        Exact("GET", "/reports/obligations/schedule", Audience.Roles(Roles.ProvinceOfficer)),
        Exact("GET", "/reports/obligations/consolidated", Audience.Roles(Roles.ProvinceOfficer, Roles.SystemAdmin)),
        Exact("GET", "/reports/obligations/consolidated.xlsx", Audience.Roles(Roles.ProvinceOfficer, Roles.SystemAdmin), status: null),
        // TT 01/2018 evaluation (ADR-058, appended section): every staff role opens it, each seeing the officers its role
        // reaches (checked by EvaluationPagesTests); the list behind a figure answers 200 with a message to a bad query; the
        // published results are public, units only.
        Exact("GET", "/metrics/danh-gia", EvaluationReaders),
        Exact("GET", "/metrics/danh-gia/ho-so", EvaluationReaders),
        Exact("GET", "/danh-gia-tthc", Audience.Everyone),
        // Mô phỏng Bộ chỉ số 766 (ADR-057): the 766 page's readers and agency scope; nothing is stored.
        Exact("GET", "/metrics/766/mo-phong", Score766Readers),
        // The procedures behind a catalogue-based 766 chỉ số (ADR-062): the 766 page's readers and agency scope.
        Exact("GET", "/metrics/766/{indicator}/thu-tuc", Score766Readers, sample: _ => "/metrics/766/1.3/thu-tuc"),
        // The one-stop list (ADR-063): an agency's leader and control office keep their own agency's, the province-wide
        // roles any agency's (another agency's list is refused, checked by OneStopListTests).
        Exact("GET", "/catalog/one-stop-list", Audience.Roles(Roles.AgencyLeader, Roles.ControlOfficer, Roles.ProvinceOfficer, Roles.SystemAdmin)),
        // Their .xlsx export, and the PAKN behind 5.1's counts (ADR-062 addendum): the same readers and agency scope.
        Exact("GET", "/metrics/766/{indicator}/thu-tuc.xlsx", Score766Readers, sample: _ => "/metrics/766/1.3/thu-tuc.xlsx", status: null),
        // The PAKN behind 5.1's counts and behind 5.2's and 5.3's tử số and mẫu số (ADR-062 addendum).
        Exact("GET", "/metrics/766/{indicator}/pakn", Score766Readers, sample: _ => "/metrics/766/5.1/pakn"),
    ];

    /// <summary>Who opens the TT 01/2018 evaluation (EvaluationAccess.Readers).</summary>
    private static Audience EvaluationReaders => Audience.Roles(
        Roles.CounterOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader, Roles.ControlOfficer, Roles.ProvinceOfficer, Roles.SystemAdmin);

    /// <summary>Policies.ReadReports: the agency's control office and leaders, and the province-wide roles.</summary>
    private static Audience ReportReaders => Audience.Roles(Roles.ControlOfficer, Roles.UnitLeader, Roles.AgencyLeader, Roles.ProvinceOfficer, Roles.SystemAdmin);

    /// <summary>Who opens the live Bộ chỉ số 766 (Live766Scopes.Readers).</summary>
    private static Audience Score766Readers => Audience.Roles(Roles.ControlOfficer, Roles.AgencyLeader, Roles.ProvinceOfficer, Roles.SystemAdmin);

    /// <summary>Policies.ReadFeedback: those who handle PAKN and the province-wide roles.</summary>
    private static Audience FeedbackReaders => Audience.Roles(Roles.ControlOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader, Roles.ProvinceOfficer, Roles.SystemAdmin);

    /// <summary>One route (method + route pattern as the app declares it) and who may use it; status null: anything but a refusal or a server error.</summary>
    private static AccessRule Exact(string method, string pattern, Audience audience, Func<DemoIds, string>? sample = null, int? status = 200) =>
        new(method, pattern, IsPrefix: false, audience, sample, status);

    /// <summary>Every route under <paramref name="prefix"/> (<c>*</c> = any method); allowed callers must not be refused.</summary>
    private static AccessRule Prefix(string method, string prefix, Audience audience) =>
        new(method, prefix, IsPrefix: true, audience, null, null);

    /// <summary>The rule for a route, or null when the route is unclassified.</summary>
    public static AccessRule? Find(string method, string pattern) =>
        Rules.FirstOrDefault(r => !r.IsPrefix && r.Method == method && r.Pattern == pattern)
        ?? Rules.Where(r => r.IsPrefix && (r.Method == "*" || r.Method == method)
                            && (pattern == r.Pattern || pattern.StartsWith(r.Pattern + "/", StringComparison.Ordinal)))
            .MaxBy(r => r.Pattern.Length);
}

/// <param name="Sample">Builds a demo address for the route; null substitutes parameters with placeholder values.</param>
/// <param name="AllowedStatus">The status an allowed caller gets; null = anything but a refusal or a server error.</param>
internal sealed record AccessRule(string Method, string Pattern, bool IsPrefix, Audience Audience, Func<DemoIds, string>? Sample, int? AllowedStatus);

/// <summary>Ids of demo records used to fill route parameters.</summary>
internal sealed record DemoIds(Guid Agency, Guid Unit, Guid Level, Guid Person);

/// <summary>Who may use a route: a predicate over the demo account (null = anonymous visitor).</summary>
internal sealed record Audience(string Name, Func<DemoAccount?, bool> Allows)
{
    public static Audience Everyone { get; } = new("everyone", _ => true);

    public static Audience SignedIn { get; } = new("signed-in", a => a is not null);

    public static Audience Staff { get; } = new("staff", a => a is not null && a.Role != Modules.Organization.Roles.Citizen);

    /// <summary>Integrating systems with an API key; no person, signed in or not (they get 401 with WWW-Authenticate: ApiKey).</summary>
    public static Audience ServiceAccounts { get; } = new("service accounts (X-Api-Key)", _ => false);

    public static Audience Roles(params string[] roles) =>
        new(string.Join("|", roles), a => a is not null && roles.Contains(a.Role));

    public override string ToString() => Name;
}
