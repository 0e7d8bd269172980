using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace MotCua.Common.Localization;

/// <summary>Replaces the framework's English model-binding messages ("The value 'x' is not valid") with localized ones.</summary>
internal static class VietnameseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider messages, IStringLocalizer text)
    {
        messages.SetValueIsInvalidAccessor(value => text["Binding_ValueInvalid", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding_AttemptedValueInvalid", value, field]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding_MustBeNumber", field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding_Required", field]);
        messages.SetValueMustNotBeNullAccessor(field => text["Binding_Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding_MissingValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding_MissingValue"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding_ValueInvalid", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding_MissingValue"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding_MustBeNumberPlain"]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding_AttemptedValueInvalid", "", field]);
    }
}
