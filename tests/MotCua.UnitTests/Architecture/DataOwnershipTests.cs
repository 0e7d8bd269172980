using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Mono.Cecil;
using Mono.Cecil.Cil;
using MotCua.Common.Data;

namespace MotCua.UnitTests.Architecture;

/// <summary>
/// Data ownership (issue 11 §2, docs/architecture.md "Data ownership"): every table (<see cref="DbSet{TEntity}"/> of
/// <see cref="AppDbContext"/>) belongs to the module whose namespace declares its entity; code of another module reads
/// or changes it only through the owner's public API. Checked over the built assembly with Mono.Cecil, so pages,
/// closures and async state machines count as the type that wrote them.
/// </summary>
public sealed class DataOwnershipTests
{
    /// <summary>The platform (<c>MotCua.Common.*</c>) owns its own tables like a module does.</summary>
    private const string Platform = "Common";

    /// <summary>Tables whose entity is not declared in MotCua: ASP.NET Core Identity's user and role tables.</summary>
    private static readonly Dictionary<string, string> ForeignEntityOwners = new()
    {
        ["Microsoft.AspNetCore.Identity"] = "Organization",
    };

    /// <summary>
    /// Known violations ("Module.Type.Method → table"), each with what removes it. A new entry needs the same.
    /// </summary>
    private static readonly HashSet<string> Allowed = [];

    /// <summary>
    /// The demo year (ADR-056, <c>MotCua.DemoYear</c>): a scripted user of the whole product, like the tests, outside every
    /// module; it acts only through the modules' services and reads their tables to see where its play stands.
    /// </summary>
    private const string ScriptedUser = "MotCua.DemoYear";

    private static readonly Lazy<ModuleDefinition> Assembly = new(() =>
        ModuleDefinition.ReadModule(typeof(AppDbContext).Assembly.Location));

    [Fact]
    public void Every_table_has_exactly_one_owner_module()
    {
        var owners = TableOwners();

        owners.Keys.ShouldContain(nameof(AppDbContext.Dossiers));
        owners.Where(o => o.Value is null).Select(o => o.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_owner_module_touches_a_table()
    {
        var owners = TableOwners();
        var entities = DbSetProperties().ToDictionary(p => EntityOf(p).FullName!, p => p.Name);
        var violations = new SortedSet<string>();
        foreach (var type in AllTypes(Assembly.Value).Where(t => t.FullName != typeof(AppDbContext).FullName && OuterType(t).Namespace != ScriptedUser))
        {
            var module = ModuleOfCode(type);
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.Code is not (Code.Call or Code.Callvirt or Code.Ldftn or Code.Ldtoken) ||
                        instruction.Operand is not MethodReference called ||
                        TableTouched(called, entities) is not { } table ||
                        owners[table] == module)
                    {
                        continue;
                    }

                    var caller = $"{module}.{OuterType(type).Name}.{method.Name}";
                    var violation = $"{caller} touches DbSet {table} owned by {owners[table]}";
                    if (!Allowed.Contains($"{caller} → {table}"))
                    {
                        violations.Add(violation);
                    }
                }
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void The_platform_knows_no_module()
    {
        var violations = new SortedSet<string>();
        foreach (var type in AllTypes(Assembly.Value).Where(t => OuterType(t).Namespace.StartsWith("MotCua.Common", StringComparison.Ordinal)))
        {
            var isContext = type.FullName == typeof(AppDbContext).FullName;
            var identityTypes = isContext ? Flatten(type.BaseType!).Select(t => t.FullName).ToHashSet() : [];

            // The context is where modules plug their tables in: its DbSet properties and its Identity base
            // (users and roles of the organisation module) are the composition point, not a dependency. Compiled
            // Razor views (the layout) are outside MotCua.Common's namespaces and not checked here.
            var references = new List<(string Where, TypeReference Type)>();
            if (!isContext && type.BaseType is not null)
            {
                references.Add(("base type", type.BaseType));
            }

            references.AddRange(type.Interfaces.Select(i => ("interface", i.InterfaceType)));
            references.AddRange(type.Fields.Select(f => (f.Name, f.FieldType)));
            references.AddRange(type.Properties
                .Where(p => !(isContext && IsDbSet(p.PropertyType)))
                .Select(p => (p.Name, p.PropertyType)));
            foreach (var method in type.Methods.Where(m => !(isContext && m.IsGetter && IsDbSet(m.ReturnType))))
            {
                references.Add((method.Name, method.ReturnType));
                references.AddRange(method.Parameters.Select(p => (method.Name, p.ParameterType)));
                if (!method.HasBody)
                {
                    continue;
                }

                references.AddRange(method.Body.Variables.Select(v => (method.Name, v.VariableType)));
                foreach (var operand in method.Body.Instructions.Select(i => i.Operand))
                {
                    switch (operand)
                    {
                        case TypeReference t:
                            references.Add((method.Name, t));
                            break;
                        case MethodReference m:
                            references.Add((method.Name, m.DeclaringType));
                            references.Add((method.Name, m.ReturnType));
                            references.AddRange(m.Parameters.Select(p => (method.Name, p.ParameterType)));
                            if (m is GenericInstanceMethod g)
                            {
                                references.AddRange(g.GenericArguments.Select(a => (method.Name, a)));
                            }

                            break;
                        case FieldReference f:
                            references.Add((method.Name, f.DeclaringType));
                            references.Add((method.Name, f.FieldType));
                            break;
                    }
                }
            }

            foreach (var (where, reference) in references)
            {
                foreach (var named in Flatten(reference).Where(n =>
                    n.Namespace.StartsWith("MotCua.Modules", StringComparison.Ordinal) && !identityTypes.Contains(n.FullName)))
                {
                    violations.Add($"{OuterType(type).FullName}.{where} uses {named.FullName}");
                }
            }
        }

        violations.ShouldBeEmpty();
    }

    /// <summary>Table name → owner module; <c>null</c> when no owner can be told.</summary>
    private static Dictionary<string, string?> TableOwners() =>
        DbSetProperties().ToDictionary(p => p.Name, p => ModuleOfNamespace(EntityOf(p).Namespace ?? string.Empty));

    private static IEnumerable<PropertyInfo> DbSetProperties() =>
        typeof(AppDbContext).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>));

    private static Type EntityOf(PropertyInfo property) => property.PropertyType.GetGenericArguments()[0];

    private static string? ModuleOfNamespace(string ns)
    {
        var parts = ns.Split('.');
        return parts switch
        {
            ["MotCua", "Modules", var module, ..] => module,
            ["MotCua", "Common", ..] => Platform,
            _ => ForeignEntityOwners.FirstOrDefault(f => ns.StartsWith(f.Key, StringComparison.Ordinal)).Value,
        };
    }

    /// <summary>
    /// The module whose code a type is: its namespace, the outer type's for closures and state machines, and the
    /// page path for compiled Razor views (<c>AspNetCoreGeneratedDocument.Modules_Citizens_Profile_Index</c>).
    /// </summary>
    private static string ModuleOfCode(TypeDefinition type)
    {
        var outer = OuterType(type);
        if (outer.Namespace == "AspNetCoreGeneratedDocument")
        {
            var path = outer.Name.Split('_');
            return path is ["Modules", var module, ..] ? module : Platform;
        }

        return ModuleOfNamespace(outer.Namespace) ?? $"(host: {outer.FullName})";
    }

    private static TypeDefinition OuterType(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>The table a call reads: a DbSet getter of the context (or of its Identity base), or <c>Set&lt;T&gt;()</c>.</summary>
    private static string? TableTouched(MethodReference called, Dictionary<string, string> entities)
    {
        var declaring = called.DeclaringType.GetElementType();
        var isContext = declaring.FullName == typeof(AppDbContext).FullName ||
            declaring.Namespace == "Microsoft.AspNetCore.Identity.EntityFrameworkCore" ||
            declaring.FullName == typeof(DbContext).FullName;
        if (!isContext)
        {
            return null;
        }

        if (called.Name.StartsWith("get_", StringComparison.Ordinal) && IsDbSet(called.ReturnType))
        {
            return called.Name["get_".Length..];
        }

        if (called is GenericInstanceMethod { Name: "Set", GenericArguments: [var entity] })
        {
            return entities.GetValueOrDefault(entity.FullName);
        }

        return null;
    }

    private static bool IsDbSet(TypeReference type) =>
        type.GetElementType().FullName == typeof(DbSet<>).FullName;

    private static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module) =>
        module.Types.SelectMany(Nested);

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(Nested).Prepend(type);

    private static IEnumerable<TypeReference> Flatten(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var inner in generic.GenericArguments.SelectMany(Flatten).Prepend(generic.ElementType))
                {
                    yield return inner;
                }

                break;
            case TypeSpecification specification:
                foreach (var inner in Flatten(specification.ElementType))
                {
                    yield return inner;
                }

                break;
            case GenericParameter:
                break;
            default:
                var outer = type;
                while (outer.DeclaringType is not null)
                {
                    outer = outer.DeclaringType;
                }

                yield return outer;
                break;
        }
    }
}
