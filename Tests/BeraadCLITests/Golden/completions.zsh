#compdef beraad
# zsh completion for beraad; load with: source <(beraad completions zsh)
_beraad() {
    local -a candidates
    case ${words[CURRENT-1]} in
        --home|--map|--dir) _files -/; return ;;
        --minutes|--verslag|--output|--uitvoer) _files; return ;;
    esac
    candidates=("${(@f)$(beraad __complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    candidates=(${candidates:#})
    if (( ${#candidates} )); then
        compadd -Q -a candidates
    elif [[ ${words[CURRENT-1]} == --protocol || ${words[CURRENT-1]} == --methode || ${words[CURRENT-1]} == --method || ${words[2]} == protocols ]]; then
        _files
    fi
}
if (( $+functions[compdef] )); then compdef _beraad beraad; fi
