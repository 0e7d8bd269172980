using Microsoft.AspNetCore.Authorization;

namespace MotCua.Modules.Organization;

/// <summary>Named authorization policies; pages and endpoints use these names, never role lists of their own.</summary>
internal static class Policies
{
    /// <summary>Any staff member of any agency (every role except Citizen).</summary>
    public const string Staff = nameof(Staff);

    /// <summary>A citizen's own account pages: profile, organisations, and later their dossiers and documents.</summary>
    public const string Citizen = nameof(Citizen);

    /// <summary>Edit, publish, amend, abolish, import and export the procedure catalogue.</summary>
    public const string ManageCatalog = nameof(ManageCatalog);

    /// <summary>Edit the business calendar's yearly exceptions and working schedules.</summary>
    public const string ManageCalendar = nameof(ManageCalendar);

    /// <summary>Manage agencies, units, people and their roles.</summary>
    public const string ManageOrganization = nameof(ManageOrganization);

    /// <summary>Receive dossiers at the one-stop desk and issue Mẫu 01–03.</summary>
    public const string ReceiveDossiers = nameof(ReceiveDossiers);

    /// <summary>
    /// Work on the dossiers of one's own agency — the desk, specialists, unit and agency leaders — e.g. attach scans and
    /// results. Control officers, province officers and system administrators read dossiers but do not work on them.
    /// </summary>
    public const string HandleDossiers = nameof(HandleDossiers);

    /// <summary>
    /// Work on the PAKN (phản ánh, kiến nghị) one's own agency holds: the control office (đầu mối kiểm soát TTHC), the
    /// specialists, unit and agency leaders (ADR-046 §3).
    /// </summary>
    public const string HandleFeedback = nameof(HandleFeedback);

    /// <summary>Read PAKN: those who handle them (their agency's) and the province-wide roles (all, read-only).</summary>
    public const string ReadFeedback = nameof(ReadFeedback);

    /// <summary>Transcribe a PAKN received by letter, e-mail, phone or opinion form at the desk.</summary>
    public const string ReceiveFeedback = nameof(ReceiveFeedback);

    /// <summary>
    /// Integration API for other systems: only a valid API key (scheme <c>ApiKey</c>, header <c>X-Api-Key</c>) of a
    /// service account passes; a signed-in person's cookie is not even read (ADR-012).
    /// </summary>
    public const string IntegrationApi = nameof(IntegrationApi);

    /// <summary>
    /// Read the periodic reports' figures (the dossier statistics table, ADR-053): the agency's control office and leaders for
    /// their agency, the province-wide roles for every agency and the whole province.
    /// </summary>
    public const string ReadReports = nameof(ReadReports);

    /// <summary>
    /// Draft the periodic report on TTHC control and the one-stop work (ADR-059): the agency's control officer for the
    /// agency, the province officer for the province.
    /// </summary>
    public const string DraftControlReports = nameof(DraftControlReports);

    /// <summary>Approve (ký duyệt) or return that report: the agency leader for the agency, the province officer for the province (ADR-059).</summary>
    public const string ApproveControlReports = nameof(ApproveControlReports);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(IntegrationApi, p => p
            .AddAuthenticationSchemes(ServiceAccounts.ApiKeyAuthentication.Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.ServiceAccount));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff));
        options.AddPolicy(Citizen, p => p.RequireRole(Roles.Citizen));
        options.AddPolicy(ManageCatalog, p => p.RequireRole(Roles.ControlOfficer, Roles.SystemAdmin));
        options.AddPolicy(ManageCalendar, p => p.RequireRole(Roles.SystemAdmin));
        options.AddPolicy(ManageOrganization, p => p.RequireRole(Roles.SystemAdmin));
        options.AddPolicy(ReceiveDossiers, p => p.RequireRole(Roles.CounterOfficer));
        options.AddPolicy(HandleDossiers, p => p.RequireRole(Roles.CounterOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader));
        options.AddPolicy(HandleFeedback, p => p.RequireRole(Roles.ControlOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader));
        options.AddPolicy(ReadFeedback, p => p.RequireRole(Roles.ControlOfficer, Roles.Specialist, Roles.UnitLeader, Roles.AgencyLeader, Roles.ProvinceOfficer, Roles.SystemAdmin));
        options.AddPolicy(ReceiveFeedback, p => p.RequireRole(Roles.ControlOfficer, Roles.CounterOfficer));
        options.AddPolicy(ReadReports, p => p.RequireRole(Roles.ControlOfficer, Roles.UnitLeader, Roles.AgencyLeader, Roles.ProvinceOfficer, Roles.SystemAdmin));
        options.AddPolicy(DraftControlReports, p => p.RequireRole(Roles.ControlOfficer, Roles.ProvinceOfficer));
        options.AddPolicy(ApproveControlReports, p => p.RequireRole(Roles.AgencyLeader, Roles.ProvinceOfficer));
    }
}
