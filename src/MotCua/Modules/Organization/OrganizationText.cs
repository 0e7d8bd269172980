namespace MotCua.Modules.Organization;

/// <summary>Marker for the organisation module's UI strings (OrganizationText.resx, OrganizationText.en.resx).</summary>
internal sealed class OrganizationText;
