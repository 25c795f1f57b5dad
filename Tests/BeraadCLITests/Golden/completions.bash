# bash completion for beraad; load with: source <(beraad completions bash)
_beraad() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} line
    COMPREPLY=()
    case $prev in
        --home|--map|--dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --minutes|--verslag|--output|--uitvoer) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    esac
    while IFS= read -r line; do
        [ -n "$line" ] && COMPREPLY+=("$(printf '%q' "$line")")
    done < <(beraad __complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
    if [ ${#COMPREPLY[@]} -eq 0 ] && [[ $prev == --protocol || $prev == --methode || $prev == --method || ${COMP_WORDS[1]} == protocols ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -F _beraad beraad
