"""Every rule of Kursverk: kinds, library, modules, curricula, search, bundles. No Qt."""
